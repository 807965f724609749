package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.TestServer;
import org.goodpractice.linkeddata.RdfFormat;
import org.goodpractice.ontology.Ontology;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every minted IRI dereferences: 303 by Accept to a page or a data document that parses. */
class DereferencingTest {
    private static final List<String> RESOURCES = List.of("practice/0557C2", "practice/0557C2/location",
            "concept/interreg-ivc/priority/1", "concept/interreg-ivc/sub-theme/water-management", "scheme/sub-theme", "person/hugo-russell",
            "organisation/birmingham-science-park-aston-bspa");

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> resourcesAndFormats() {
        return RESOURCES.stream().flatMap(r -> Stream.of(RdfFormat.values()).map(f -> Arguments.of(r, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("resourcesAndFormats")
    void eachIriAnswers303ToADataDocumentThatParsesAndDescribesIt(String path, RdfFormat format) throws Exception {
        HttpResponse<byte[]> redirect = server.get("id/" + path, format.mediaType());
        assertEquals(303, redirect.statusCode());
        assertEquals("Accept", redirect.headers().firstValue("Vary").orElse(""));
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertEquals(server.base() + "data/" + path + "." + format.suffix(), location);

        HttpResponse<byte[]> document = server.get(location, format.mediaType());
        assertEquals(200, document.statusCode());
        assertTrue(document.headers().firstValue("Content-Type").orElse("").startsWith(format.mediaType()));
        Model model = parse(document.body(), format.lang(), location);
        Resource resource = model.createResource(server.base() + "id/" + path);
        assertTrue(model.contains(resource, null) , "the document describes " + resource);
        assertTrue(model.contains(model.createResource(location), FOAF.primaryTopic, resource));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void htmlClientsAreSentToThePage(String path) throws Exception {
        HttpResponse<byte[]> redirect = server.get("id/" + path, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, redirect.statusCode());
        String page = redirect.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> html = server.get(page, "text/html");
        assertEquals(200, html.statusCode());
        String body = new String(html.body(), StandardCharsets.UTF_8);
        for (RdfFormat format : RdfFormat.values()) {
            assertTrue(body.contains("<link rel=\"alternate\" type=\"" + format.mediaType() + "\" href=\""
                    + server.base() + "data/" + path + "." + format.suffix() + "\""), "alternate " + format + " in " + page);
        }
    }

    static Stream<String> resources() {
        return RESOURCES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "text/turtle | data/practice/0557C2.ttl",
            "application/rdf+xml;q=0.9, text/turtle;q=0.5, */*;q=0.1 | data/practice/0557C2.rdf",
            "text/html;q=0.1, application/n-triples | data/practice/0557C2.nt",
            "application/* | data/practice/0557C2.jsonld",
            "text/*;q=0.9, text/turtle;q=0.2 | practice/0557C2",
            "text/turtle;q=0, */* | practice/0557C2",
            "*/* | practice/0557C2",
            "'' | practice/0557C2"})
    void qualityValuesDecideTheTarget(String accept, String target) throws Exception {
        HttpResponse<byte[]> redirect = accept.isEmpty()
                ? server.send(HttpRequest.newBuilder(URI.create(server.url("id/practice/0557C2"))).build())
                : server.get("id/practice/0557C2", accept);
        assertEquals(303, redirect.statusCode());
        assertEquals(server.base() + target, redirect.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void headAnswersLikeGet() throws Exception {
        HttpResponse<byte[]> head = server.send(HttpRequest.newBuilder(URI.create(server.url("id/practice/0557C2")))
                .header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(303, head.statusCode());
        assertEquals(server.base() + "data/practice/0557C2.ttl", head.headers().firstValue("Location").orElse(""));
        assertEquals(0, head.body().length);
    }

    @Test
    void unknownIrisUnknownSuffixesAndUnacceptableTypesAreRefused() throws Exception {
        assertEquals(404, server.get("id/practice/NOPE99", "text/turtle").statusCode());
        assertEquals(404, server.get("data/practice/NOPE99.ttl", "text/turtle").statusCode());
        assertEquals(404, server.get("data/practice/0557C2.xml", "*/*").statusCode());
        assertEquals(404, server.get("page/person/nobody", "text/html").statusCode());
        for (String odd : List.of("id/practice/a%3Eb", "id/practice/a%20b", "data/practice/a%3E%20%7B.ttl", "page/practice//x")) {
            assertEquals(404, server.get(odd, "text/turtle").statusCode(), odd);
        }
        HttpResponse<byte[]> refused = server.get("id/practice/0557C2", "image/png");
        assertEquals(406, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("text/turtle"));
    }

    @Test
    void everyFormatCarriesTheSameGraph() throws Exception {
        Model turtle = withoutDocument(parse(server.get("data/practice/0557C2.ttl", "*/*").body(), Lang.TURTLE, server.base()));
        for (RdfFormat format : RdfFormat.values()) {
            Model other = withoutDocument(parse(server.get("data/practice/0557C2." + format.suffix(), "*/*").body(),
                    format.lang(), server.base()));
            assertTrue(turtle.isIsomorphicWith(other), format + " differs from Turtle");
        }
        assertEquals("Birmingham Science Park Aston", turtle.getResource(server.base() + "id/practice/0557C2")
                .getProperty(DCTerms.title).getString());
    }

    @Test
    void jsonLdDocumentsReferToThePublishedContext() throws Exception {
        String json = new String(server.get("data/practice/0557C2.jsonld", "*/*").body(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\": \"" + server.base() + "context.jsonld\""), json);
        HttpResponse<byte[]> context = server.get("context.jsonld", "application/ld+json");
        assertEquals(200, context.statusCode());
        assertTrue(new String(context.body(), StandardCharsets.UTF_8).contains("\"gp\":\"https://w3id.org/goodpractice/ns#\""));
    }

    @Test
    void theOntologyIsServedAsAPageAndAsItsOwnGraph() throws Exception {
        HttpResponse<byte[]> page = server.get("ontology", "text/html");
        assertEquals(200, page.statusCode());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"GoodPractice\"") && html.contains("id=\"evidenceOfSuccess\""));
        for (RdfFormat format : RdfFormat.values()) {
            HttpResponse<byte[]> data = server.get("ontology", format.mediaType());
            assertEquals(200, data.statusCode());
            assertEquals("Accept", data.headers().firstValue("Vary").orElse(""));
            assertTrue(Ontology.vocabulary().isIsomorphicWith(parse(data.body(), format.lang(), server.base())), format.toString());
            assertTrue(Ontology.vocabulary().isIsomorphicWith(
                    parse(server.get("ontology." + format.suffix(), "*/*").body(), format.lang(), server.base())));
        }
    }

    @Test
    void theGenericPageShowsWhatPointsAtAResource() throws Exception {
        String html = new String(server.get("page/concept/interreg-ivc/sub-theme/water-management", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Water management</h1>"), html);
        assertTrue(html.contains("Referred to by"));
        assertTrue(html.contains("href=\"/practice/0913R2\""), "links the practice to its page");
    }

    @Test
    void thePracticePageEmbedsSchemaOrgJsonLd() throws Exception {
        String html = new String(server.get("practice/0557C2", "text/html").body(), StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(script.find(), "no JSON-LD script");
        Model model = parse(script.group(1).getBytes(StandardCharsets.UTF_8), Lang.JSONLD, server.base());
        Resource practice = model.createResource(server.base() + "id/practice/0557C2");
        assertTrue(model.contains(practice, org.apache.jena.vocabulary.RDF.type, SchemaDO.CreativeWork));
        assertEquals("Birmingham Science Park Aston", practice.getProperty(SchemaDO.name).getString());
        assertEquals("1982-01-01/..", practice.getProperty(SchemaDO.temporalCoverage).getString());
        assertFalse(script.group(1).contains("<"));
    }

    private static Model parse(byte[] body, Lang lang, String base) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(base).parse(model);
        return model;
    }

    /** The graph without the statements about the document itself, whose IRI differs per format. */
    private static Model withoutDocument(Model model) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        model.listSubjectsWithProperty(FOAF.primaryTopic).forEach(doc -> copy.removeAll(doc, null, null));
        return copy;
    }
}
