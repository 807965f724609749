package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.goodpractice.TestServer;
import org.goodpractice.vocab.SD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: what SPARQLWrapper and rdflib send by default is understood: {@code format=} names in
 * the query string, {@code Accept: text/plain}, and a plain GET of the endpoint without Accept.
 */
class ClientFormatsTest {
    private static final String SELECT = "SELECT ?p WHERE { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> } ORDER BY ?p LIMIT 3";
    private static final String CONSTRUCT = "CONSTRUCT { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> } "
            + "WHERE { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> } ORDER BY ?p LIMIT 3";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void sparqlWrapperFormatNamesChooseTheResultFormat() throws Exception {
        List<String> expected = expectedPractices();
        assertEquals(3, expected.size());
        assertEquals(expected, practices(query(SELECT, "format=xml", null, "application/sparql-results+xml"), ResultSetLang.RS_XML));
        assertEquals(expected, practices(query(SELECT, "format=rdf%2Bxml", null, "application/sparql-results+xml"), ResultSetLang.RS_XML));
        assertEquals(expected, practices(query(SELECT, "format=json", null, "application/sparql-results+json"), ResultSetLang.RS_JSON));
        assertEquals(expected, practices(query(SELECT, "format=csv", null, "text/csv"), ResultSetLang.RS_CSV));
        assertEquals(expected, practices(query(SELECT, "format=tsv", null, "text/tab-separated-values"), ResultSetLang.RS_TSV));
        Model graph = server.store().construct(QueryFactory.create(CONSTRUCT));
        assertEquals(3, graph.size());
        assertIsomorphic(graph, parse(query(CONSTRUCT, "format=rdf%2Bxml", null, "application/rdf+xml"), Lang.RDFXML));
        assertIsomorphic(graph, parse(query(CONSTRUCT, "format=rdf", null, "application/rdf+xml"), Lang.RDFXML));
        assertIsomorphic(graph, parse(query(CONSTRUCT, "format=n3", null, "text/turtle"), Lang.TURTLE));
        assertIsomorphic(graph, parse(query(CONSTRUCT, "output=turtle", null, "text/turtle"), Lang.TURTLE));
    }

    @Test
    void textPlainGetsNTriplesForGraphs() throws Exception {
        assertIsomorphic(server.store().construct(QueryFactory.create(CONSTRUCT)),
                parse(query(CONSTRUCT, null, "text/plain", "application/n-triples"), Lang.NTRIPLES));
        String table = new String(query(SELECT, null, "text/plain", "text/plain"), StandardCharsets.UTF_8);
        assertTrue(table.contains("| p"), table);
        for (String practice : expectedPractices()) {
            assertTrue(table.contains(practice), "the text table lacks " + practice + ": " + table);
        }
    }

    private static List<String> expectedPractices() {
        return server.store().select(QueryFactory.create(SELECT), ClientFormatsTest::column);
    }

    private static List<String> practices(byte[] results, Lang lang) {
        return column(ResultSetMgr.read(new ByteArrayInputStream(results), lang));
    }

    private static List<String> column(ResultSet results) {
        List<String> values = new ArrayList<>();
        results.forEachRemaining(row -> values.add(row.get("p").toString()));
        return values;
    }

    private static void assertIsomorphic(Model expected, Model actual) {
        assertTrue(expected.isIsomorphicWith(actual), "expected " + expected.listStatements().toList() + " but got "
                + actual.listStatements().toList());
    }

    @Test
    void aPlainGetWithoutPreferenceGetsTheServiceDescriptionInTurtle() throws Exception {
        for (String accept : new String[] {null, "*/*"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("sparql")));
            if (accept != null) {
                request.header("Accept", accept);
            }
            HttpResponse<byte[]> response = server.send(request.build());
            assertEquals(200, response.statusCode(), "Accept " + accept);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Model model = parse(response.body(), Lang.TURTLE);
            assertTrue(model.contains(model.createResource(server.base() + "sparql#service"), SD.endpoint,
                    model.createResource(server.base() + "sparql")));
            assertTrue(model.contains(null, SD.name, model.createResource(server.base() + "graph/practice/0557C2")),
                    "each named graph is listed with sd:namedGraph/sd:name");
            assertTrue(model.contains(null, SD.namedGraph));
        }
        assertEquals(303, server.get("sparql", "text/html,application/xhtml+xml,*/*;q=0.8").statusCode(), "browsers still get the page");
    }

    private static byte[] query(String query, String parameter, String accept, String expectedType) throws Exception {
        String url = server.url("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + (parameter == null ? "" : "&" + parameter));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<byte[]> response = server.send(request.build());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(200, response.statusCode(), parameter + " " + accept + ": " + body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expectedType),
                parameter + " " + accept + " gave " + response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }

    private static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }
}
