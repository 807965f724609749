package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records and requests that could make a page cost minutes are answered within bounds. */
class PageLimitsTest {
    private static final int TOPICS = 50_000;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Test
    void aPracticeWithFiftyThousandTopicsHasAPageAndDocuments(@TempDir Path dir) throws Exception {
        String template = Files.readString(TestData.resource("web/many-topics-annex.txt"));
        StringBuilder topics = new StringBuilder();
        for (int i = 0; i < TOPICS; i++) {
            topics.append(i == 0 ? "" : i % 500 == 0 ? ";\n" : "; ").append("topic ").append(i);
        }
        Path annex = Files.writeString(dir.resolve("MANY50.txt"), template.replace("TOPICS", topics));
        try (TestServer server = TestServer.start(annex)) {
            HttpResponse<byte[]> page = get(server, "practice/MANY50");
            assertEquals(200, page.statusCode());
            assertTrue(text(page).contains("topic 49999"));
            HttpResponse<byte[]> jsonLd = get(server, "data/practice/MANY50.jsonld");
            assertEquals(200, jsonLd.statusCode());
            // Read as plain JSON: JSON-LD parsers are as slow on it as compaction was.
            JsonObject practice = Json.createReader(new ByteArrayInputStream(jsonLd.body())).readArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(node -> node.getString("@id").equals(server.base() + "id/practice/MANY50")).findFirst().orElseThrow();
            assertEquals(TOPICS, practice.getJsonArray(SchemaDO.keywords.getURI()).size());
        }
    }

    @Test
    void aSlowQueryFromTheFormEndsWithA503PageAndOthersAreTurnedAwayMeanwhile() throws Exception {
        try (TestServer server = TestServer.start(b -> b.queryTimeout(Duration.ofSeconds(4)).maxConcurrentQueries(1))) {
            String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            CompletableFuture<HttpResponse<byte[]>> slow = TestServer.HTTP.sendAsync(form(server, endless),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> turnedAway = null;
            Instant deadline = Instant.now().plus(DEADLINE);
            while (turnedAway == null && Instant.now().isBefore(deadline)) {
                if (slow.isDone() && slow.get().statusCode() == 503 && text(slow.get()).contains("busy")) {
                    // The probe below took the only permit first; the slow query tries again.
                    slow = TestServer.HTTP.sendAsync(form(server, endless), HttpResponse.BodyHandlers.ofByteArray());
                } else if (slow.isDone()) {
                    break;
                }
                HttpResponse<byte[]> other = server.send(form(server, "ASK {}"));
                if (other.statusCode() == 503) {
                    turnedAway = other;
                }
            }
            assertTrue(turnedAway != null, "a second form query was never turned away while the first ran");
            assertTrue(text(turnedAway).contains("busy"), text(turnedAway));
            assertTrue(turnedAway.headers().firstValue("Retry-After").isPresent());
            assertEquals(200, get(server, "page/concept/interreg-ivc/priority/1").statusCode(), "pages have a gate of their own");

            HttpResponse<byte[]> stopped = slow.get();
            assertEquals(503, stopped.statusCode());
            assertTrue(text(stopped).contains("longer than the 4 s"), text(stopped));
            assertFalse(text(stopped).contains("Exception"));
        }
    }

    @Test
    void theSitemapListsOnlyPagesThatRender() throws Exception {
        try (TestServer server = TestServer.start()) {
            Model bare = ModelFactory.createDefaultModel();
            bare.createResource(server.base() + "id/practice/BARE01")
                    .addProperty(RDF.type, bare.createResource("https://w3id.org/goodpractice/ns#GoodPractice"));
            server.store().replaceGraph(server.base() + "graph/practice/BARE01", bare);
            String sitemap = text(get(server, "sitemap.xml"));
            assertFalse(sitemap.contains("/practice/BARE01<"), "a practice without a title has no page");
            Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
            int pages = 0;
            while (loc.find()) {
                String url = loc.group(1).replace("&amp;", "&");
                assertEquals(200, get(server, url).statusCode(), url);
                pages++;
            }
            assertTrue(sitemap.contains(server.base() + "practice/0557C2<") && pages > 50, sitemap);
        }
    }

    private static HttpRequest form(TestServer server, String query) {
        return HttpRequest.newBuilder(URI.create(server.url("query"))).timeout(DEADLINE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    private static HttpResponse<byte[]> get(TestServer server, String path) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(DEADLINE).header("Accept", "text/html").build());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
