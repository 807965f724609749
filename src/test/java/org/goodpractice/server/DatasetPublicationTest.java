package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.goodpractice.TestServer;
import org.goodpractice.linkeddata.RdfFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dataset describes itself (VoID, DCAT), and the dumps it names download, parse and equal the store. */
class DatasetPublicationTest {
    private static TestServer server;
    private static Resource dataset;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start();
        Model description = parse(server.get("dataset", "text/turtle").body(), Lang.TURTLE);
        dataset = description.getResource(server.base() + "dataset#dataset");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theDescriptionSaysWhatTheDatasetHolds() {
        assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset) && dataset.hasProperty(RDF.type, DCAT.Dataset));
        long triples = Txn.calculateRead(server.store().datasetGraph(),
                () -> server.store().datasetGraph().getUnionGraph().size());
        assertEquals(triples, dataset.getProperty(VOID.triples).getLong());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", dataset.getPropertyResourceValue(DCTerms.license).getURI());
        assertEquals(server.base() + "sparql", dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertTrue(dataset.hasProperty(VOID.vocabulary, dataset.getModel().createResource("https://w3id.org/goodpractice/ns#")));
        assertTrue(dataset.hasProperty(VOID.exampleResource, dataset.getModel().createResource(server.base() + "id/practice/0557C2")));
        Resource practices = dataset.listProperties(VOID.classPartition).mapWith(s -> s.getResource())
                .filterKeep(p -> p.hasProperty(VOID._class, dataset.getModel().createResource("https://w3id.org/goodpractice/ns#GoodPractice")))
                .next();
        assertEquals(12, practices.getProperty(VOID.entities).getLong());
    }

    @Test
    void theNQuadsDumpItNamesIsTheWholeStore() throws Exception {
        byte[] dump = download(Lang.NQUADS);
        DatasetGraph parsed = DatasetFactory.create().asDatasetGraph();
        RDFParser.source(gunzip(dump)).lang(Lang.NQUADS).parse(parsed);
        assertTrue(Txn.calculateRead(server.store().datasetGraph(), () -> IsoMatcher.isomorphic(server.store().publishedDatasetGraph(), parsed)));
    }

    @Test
    void theTurtleDumpItNamesIsTheUnionOfAllGraphs() throws Exception {
        Model parsed = ModelFactory.createDefaultModel();
        RDFParser.source(gunzip(download(Lang.TURTLE))).lang(Lang.TURTLE).parse(parsed);
        Model union = Txn.calculateRead(server.store().datasetGraph(),
                () -> ModelFactory.createDefaultModel().add(ModelFactory.createModelForGraph(server.store().datasetGraph().getUnionGraph())));
        assertTrue(union.isIsomorphicWith(parsed));
    }

    @Test
    void dumpsAreCachedAndRevalidated() throws Exception {
        String url = dumpUrl(Lang.NQUADS);
        HttpResponse<byte[]> first = server.get(url, "*/*");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals("application/n-quads", first.headers().firstValue("Content-Type").orElse(""));
        assertEquals("gzip", first.headers().firstValue("Content-Encoding").orElse(""));
        HttpResponse<byte[]> again = server.get(url, "*/*");
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow(), "same content, same ETag");
        assertEquals(304, conditional(url, "If-None-Match", etag).statusCode());
        assertEquals(304, conditional(url, "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, conditional(url, "If-None-Match", "\"something-else\"").statusCode());
        HttpResponse<byte[]> head = server.send(HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));
        assertEquals(404, server.get("dumps/goodpractice.xml.gz", "*/*").statusCode());
    }

    @Test
    void theDumpsAreServedAsRdfSoThatClientsCanReadThemByUrl() throws Exception {
        for (Lang lang : List.of(Lang.NQUADS, Lang.TURTLE)) {
            String gz = dumpUrl(lang);
            String plain = gz.substring(0, gz.length() - ".gz".length());
            HttpResponse<byte[]> identity = server.get(plain, "*/*");
            assertEquals(200, identity.statusCode());
            assertTrue(identity.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()));
            assertTrue(identity.headers().firstValue("Content-Encoding").isEmpty(), "no gzip to a client that did not ask");
            HttpResponse<byte[]> compressed = server.send(HttpRequest.newBuilder(URI.create(plain))
                    .header("Accept-Encoding", "gzip, deflate").build());
            assertEquals("gzip", compressed.headers().firstValue("Content-Encoding").orElse(""));
            assertTrue(compressed.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
            DatasetGraph fromPlain = DatasetFactory.create().asDatasetGraph();
            DatasetGraph fromGzip = DatasetFactory.create().asDatasetGraph();
            RDFParser.source(new ByteArrayInputStream(identity.body())).lang(lang).parse(fromPlain);
            RDFParser.source(gunzip(compressed.body())).lang(lang).parse(fromGzip);
            assertTrue(IsoMatcher.isomorphic(fromPlain, fromGzip), "both variants carry the same data");
            assertTrue(fromPlain.stream().count() > 1000, "the plain variant is the whole dump");
            assertTrue(!identity.headers().firstValue("ETag").equals(compressed.headers().firstValue("ETag")),
                    "other bytes, other strong ETag");
        }
    }

    @Test
    void theDescriptionIsFoundThroughTheWellKnownAddressAndInEveryFormat() throws Exception {
        HttpResponse<byte[]> html = server.get(".well-known/void", "text/html");
        assertEquals(303, html.statusCode());
        assertEquals(server.base() + "dataset", html.headers().firstValue("Location").orElse(""));
        for (RdfFormat format : RdfFormat.values()) {
            HttpResponse<byte[]> redirect = server.get(".well-known/void", format.mediaType());
            assertEquals(server.base() + "dataset." + format.suffix(), redirect.headers().firstValue("Location").orElse(""));
            HttpResponse<byte[]> document = server.get("dataset." + format.suffix(), "*/*");
            assertTrue(document.headers().firstValue("Content-Type").orElse("").startsWith(format.mediaType()));
            Model model = parse(document.body(), format.lang());
            assertTrue(model.contains(model.createResource(server.base() + "dataset#dataset"), RDF.type, VOID.Dataset), format.toString());
        }
        String page = new String(server.get("dataset", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(page.contains("CC BY 4.0") && page.contains("/dumps/goodpractice.nq.gz"), page);
    }

    @Test
    void sitemapAndRobotsPointCrawlersAtThePages() throws Exception {
        String sitemap = new String(server.get("sitemap.xml", "*/*").body(), StandardCharsets.UTF_8);
        assertTrue(sitemap.contains("<loc>" + server.base() + "practice/0557C2</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + server.base() + "page/concept/interreg-ivc/priority/1</loc>"));
        assertTrue(sitemap.contains("<loc>" + server.base() + "dataset</loc>"));
        String robots = new String(server.get("robots.txt", "*/*").body(), StandardCharsets.UTF_8);
        assertTrue(robots.contains("Sitemap: " + server.base() + "sitemap.xml"));
        assertTrue(robots.contains("Disallow: /sparql"));
    }

    /** The dump the VoID description names for {@code lang}, downloaded. */
    private static byte[] download(Lang lang) throws Exception {
        HttpResponse<byte[]> response = server.get(dumpUrl(lang), "*/*");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    static String dumpUrl(Lang lang) {
        String suffix = lang == Lang.NQUADS ? ".nq.gz" : ".ttl.gz";
        List<String> dumps = dataset.listProperties(VOID.dataDump).mapWith(s -> s.getObject()).mapWith(RDFNode::asResource)
                .mapWith(Resource::getURI).toList();
        return dumps.stream().filter(u -> u.endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("VoID names no " + suffix + " dump: " + dumps));
    }

    private static HttpResponse<byte[]> conditional(String url, String header, String value) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(url)).header(header, value).build());
    }

    static InputStream gunzip(byte[] gzipped) {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(gzipped));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(server.base()).parse(model);
        return model;
    }
}
