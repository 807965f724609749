package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Interreg IVC priorities and sub-themes moved under {@code id/concept/interreg-ivc/}: the new
 * IRIs dereference like any other, and the old IRIs, data documents and pages answer 301 to the new ones.
 */
class RenamedConceptIrisTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "id/concept/priority/1, id/concept/interreg-ivc/priority/1",
            "id/concept/sub-theme/water-management, id/concept/interreg-ivc/sub-theme/water-management",
            "data/concept/priority/1.ttl, data/concept/interreg-ivc/priority/1.ttl",
            "data/concept/sub-theme/water-management.jsonld, data/concept/interreg-ivc/sub-theme/water-management.jsonld",
            "page/concept/sub-theme/water-management, page/concept/interreg-ivc/sub-theme/water-management"})
    void anOldPathIsMovedPermanentlyToTheNewOne(String old, String renamed) throws Exception {
        HttpResponse<byte[]> moved = server.get(old, "text/turtle");
        assertEquals(301, moved.statusCode());
        assertEquals(server.base() + renamed, moved.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> head = server.send(HttpRequest.newBuilder(URI.create(server.url(old)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(301, head.statusCode());
    }

    @Test
    void followingTheOldIriGivesTheSameConcept() throws Exception {
        String iri = server.base() + "id/concept/interreg-ivc/sub-theme/water-management";
        String renamed = server.get("id/concept/sub-theme/water-management", "text/turtle").headers().firstValue("Location").orElseThrow();
        assertEquals(iri, renamed);
        HttpResponse<byte[]> seeOther = server.get(renamed, "text/turtle");
        assertEquals(303, seeOther.statusCode());
        String document = seeOther.headers().firstValue("Location").orElseThrow();
        assertEquals(server.base() + "data/concept/interreg-ivc/sub-theme/water-management.ttl", document);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(server.get(document, "text/turtle").body())).lang(Lang.TURTLE).parse(model);
        assertEquals("Water management", model.getResource(iri).getProperty(SKOS.prefLabel).getString());
        assertEquals(server.base() + "id/concept/interreg-ivc/priority/2",
                model.getResource(iri).getPropertyResourceValue(SKOS.broader).getURI());
    }

    @Test
    void theNewIriLeadsHtmlClientsToTheConceptsPage() throws Exception {
        HttpResponse<byte[]> seeOther = server.get("id/concept/interreg-ivc/priority/1", "text/html");
        assertEquals(303, seeOther.statusCode());
        String page = seeOther.headers().firstValue("Location").orElseThrow();
        assertEquals(server.base() + "page/concept/interreg-ivc/priority/1", page);
        String html = new String(server.get(page, "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Innovation and the knowledge economy</h1>"), html);
    }

    @Test
    void malformedOldPathsAreNotRedirected() throws Exception {
        assertEquals(404, server.get("id/concept/sub-theme/a%20b", "text/turtle").statusCode());
        assertEquals(404, server.get("id/concept/priority/", "text/turtle").statusCode());
    }
}
