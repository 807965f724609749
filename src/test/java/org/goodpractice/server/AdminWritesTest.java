package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's admin reproductions: updates that would break a record's shapes, read server files,
 * fetch URLs or come from another site are refused whole, with a message saying why, and leave
 * the store as it was; good updates still go through.
 */
class AdminWritesTest {
    private static final String PASSWORD = "s3cret-for-tests";
    private static final String PREFIXES = "PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/> "
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX gp: <https://w3id.org/goodpractice/ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    private static final Duration UPDATE_TIMEOUT = Duration.ofSeconds(6);

    @TempDir
    static Path dir;
    private static TestServer server;
    private static String practice;
    private static String graph;

    @BeforeAll
    static void start() throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("admin-password"), PASSWORD + "\n");
        server = TestServer.start(b -> b.adminPasswordFile(passwordFile).updateTimeout(UPDATE_TIMEOUT));
        practice = "<" + server.base() + "id/practice/0557C2>";
        graph = "<" + server.base() + "graph/practice/0557C2>";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void updatesThatBreakARecordAreRefusedWithTheViolationAndChangeNothing() throws Exception {
        Map<String, String> refusals = Map.of(
                "INSERT DATA { GRAPH " + graph + " { " + practice + " schema:startDate \"2001-01-01\"^^xsd:date, \"2002-02-02\"^^xsd:date } }",
                "at most one start date",
                "DELETE WHERE { GRAPH " + graph + " { " + practice + " dcterms:title ?t } }",
                "exactly one title",
                "INSERT DATA { GRAPH <" + server.base() + "graph/practice/ZZ9> { <" + server.base() + "id/practice/ZZ9> a gp:GoodPractice } }",
                "exactly one index",
                "DELETE WHERE { GRAPH " + graph + " { " + practice + " schema:startDate ?s } } ; "
                        + "DELETE WHERE { GRAPH " + graph + " { " + practice + " schema:endDate ?e } } ; "
                        + "INSERT DATA { GRAPH " + graph + " { " + practice + " schema:startDate \"2010-01-01\"^^xsd:date ; "
                        + "schema:endDate \"2005-01-01\"^^xsd:date } }",
                "cannot end before it starts",
                "INSERT DATA { " + practice + " schema:startDate \"1999-01-01\"^^xsd:date }",
                "cannot be written");
        List<String> before = TestData.snapshot(server.store());
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            HttpResponse<String> response = update(PREFIXES + refusal.getKey());
            assertEquals(400, response.statusCode(), refusal.getKey() + ": " + response.body());
            assertTrue(response.body().contains(refusal.getValue()), refusal.getValue() + " in " + response.body());
            assertTrue(response.body().contains("nothing was changed"), response.body());
            assertEquals(before, TestData.snapshot(server.store()), "after " + refusal.getKey());
        }
    }

    @Test
    void anUpdatePastItsDeadlineIsRolledBackWith503AndTheStoreStaysWritable() throws Exception {
        List<String> before = TestData.snapshot(server.store());
        String notes = "<" + server.base() + "graph/notes>";
        for (String slow : List.of(
                "INSERT { GRAPH " + notes + " { ?a <http://example.org/p> ?c } } WHERE { GRAPH ?x { ?a ?b ?c } GRAPH ?y { ?d ?e ?f } GRAPH ?z { ?g ?h ?i } }",
                "DELETE { GRAPH " + graph + " { ?s ?p ?o } } WHERE { GRAPH " + graph + " { ?s ?p ?o } "
                        + "FILTER(REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^(a*)*\\\\1$\")) }")) {
            long start = System.nanoTime();
            HttpResponse<String> response = update(slow);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, response.statusCode(), slow + ": " + response.body());
            assertTrue(response.body().contains("rolled back: nothing was changed"), response.body());
            assertTrue(took.compareTo(UPDATE_TIMEOUT.plusSeconds(20)) < 0, slow + " took " + took);
            assertEquals(before, TestData.snapshot(server.store()), "after " + slow);
        }
        HttpResponse<String> next = update("INSERT DATA { GRAPH " + notes + " { <http://example.org/s> <http://example.org/p> 1 } }");
        assertEquals(204, next.statusCode(), next.body());
        assertEquals(204, update("DROP GRAPH " + notes).statusCode());
    }

    @Test
    void aGraphStoreWriteIsValidatedLikeAnUpdate() throws Exception {
        List<String> before = TestData.snapshot(server.store());
        HttpRequest put = admin("admin/data?graph=" + encode(server.base() + "graph/practice/0557C2"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(practice + " a <https://w3id.org/goodpractice/ns#GoodPractice> .")).build();
        HttpResponse<String> response = TestServer.HTTP.send(put, HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("exactly one title"), response.body());
        assertEquals(before, TestData.snapshot(server.store()));
    }

    @Test
    void aValidUpdateOfARecordGoesThrough() throws Exception {
        HttpResponse<String> response = update(PREFIXES + "INSERT DATA { GRAPH " + graph + " { " + practice + " rdfs:comment \"checked\" } }");
        assertEquals(204, response.statusCode(), response.body());
        HttpResponse<byte[]> csv = server.get("sparql?query=" + encode(PREFIXES + "SELECT ?c { " + practice + " rdfs:comment ?c }"), "text/csv");
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).contains("checked"));
        assertEquals(204, update(PREFIXES + "DELETE DATA { GRAPH " + graph + " { " + practice + " rdfs:comment \"checked\" } }").statusCode());
    }

    @Test
    void loadAndServiceAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.ttl"), "<http://example.org/s> <http://example.org/p> \"the secret\" .");
        List<String> before = TestData.snapshot(server.store());
        for (String refused : List.of(
                "LOAD <" + secret.toUri() + ">",
                "LOAD <" + secret.toUri() + "> INTO GRAPH <http://example.org/g>",
                "LOAD <http://127.0.0.1:9/data.ttl>",
                "INSERT { GRAPH <http://example.org/g> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")) {
            HttpResponse<String> response = update(refused);
            assertEquals(400, response.statusCode(), refused + ": " + response.body());
            assertTrue(response.body().contains("refused"), response.body());
            assertFalse(response.body().contains("the secret"), response.body());
        }
        assertEquals(before, TestData.snapshot(server.store()));
    }

    @Test
    void crossSiteAndTokenlessFormWritesAreRefused() throws Exception {
        List<String> before = TestData.snapshot(server.store());
        String insert = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"forged\" } }";
        HttpResponse<String> noToken = TestServer.HTTP.send(admin("admin/update")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(insert))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noToken.statusCode(), noToken.body());
        assertTrue(noToken.body().contains("X-Requested-By"), noToken.body());
        HttpResponse<String> otherOrigin = TestServer.HTTP.send(admin("admin/update")
                .header("Content-Type", "application/sparql-update").header("X-Requested-By", "test")
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.ofString(insert)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, otherOrigin.statusCode(), otherOrigin.body());
        assertEquals(before, TestData.snapshot(server.store()));
        String own = server.base().substring(0, server.base().length() - 1);
        HttpResponse<String> sameOrigin = TestServer.HTTP.send(admin("admin/update")
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Requested-By", "test").header("Origin", own)
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode("DROP SILENT GRAPH <http://example.org/none>"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
    }

    @Test
    void repeatedFailedLoginsLockTheClientOutEvenWithTheRightPassword() throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("throttled-password"), PASSWORD + "\n");
        try (TestServer throttled = TestServer.start(b -> b.adminPasswordFile(passwordFile))) {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, TestServer.HTTP.send(withBasic(throttled.url("admin/update"), "admin:guess" + i),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            }
            HttpResponse<String> locked = TestServer.HTTP.send(withBasic(throttled.url("admin/update"), "admin:" + PASSWORD),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(429, locked.statusCode(), locked.body());
            assertTrue(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 0);
            assertTrue(locked.body().contains("failed logins"), locked.body());
        }
    }

    private static HttpRequest withBasic(String url, String credentials) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <http://example.org/none>")).build();
    }

    private static HttpResponse<String> update(String update) throws Exception {
        return TestServer.HTTP.send(admin("admin/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder admin(String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path))).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
