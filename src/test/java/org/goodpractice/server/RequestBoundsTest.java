package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's hostile requests against the public endpoint: each ends within the query timeout
 * with a status and a message that say what was wrong, and ordinary queries still work.
 */
class RequestBoundsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final String CATASTROPHIC = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^(a*)*\\\\1$\"";

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(b -> b.queryTimeout(TIMEOUT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aBacktrackingRegexEndsAtTheTimeout() throws Exception {
        for (String query : List.of(
                "SELECT (REGEX(" + CATASTROPHIC + ") AS ?x) {}",
                "SELECT * { BIND(1 AS ?one) FILTER(REGEX(" + CATASTROPHIC + ", \"i\")) }",
                "SELECT (REPLACE(" + CATASTROPHIC + ", \"b\") AS ?x) {}",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ASK { FILTER(fn:matches(" + CATASTROPHIC + ")) }")) {
            long start = System.nanoTime();
            HttpResponse<String> response = query(query);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(503, response.statusCode(), query + ": " + response.body());
            assertTrue(response.body().contains("timed out"), response.body());
            assertTrue(took.compareTo(TIMEOUT.plusSeconds(5)) < 0, query + " took " + took);
        }
    }

    @Test
    void regularExpressionsStillMatchAsBefore() throws Exception {
        String csv = query("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT (REGEX(\"Abc\", \"^a\") AS ?a) (REGEX(\"Abc\", \"^a\", \"i\") AS ?b) (REPLACE(\"banana\", \"an\", \"AN\") AS ?c) "
                + "(fn:matches(\"xyz\", \"y\") AS ?d) (REPLACE(\"Banana\", \"b\", \"c\", \"i\") AS ?e) {}", "text/csv").body();
        assertEquals("a,b,c,d,e\r\nfalse,true,bANANa,true,canana\r\n", csv);
        String titles = query("SELECT ?t { ?p <http://purl.org/dc/terms/title> ?t FILTER(REGEX(?t, \"science park\", \"i\")) }", "text/csv").body();
        assertTrue(titles.lines().count() > 1, titles);
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413BeforeItIsParsed() throws Exception {
        // Larger than loopback socket buffers hold, so a server that answered and closed without
        // reading the body would reset the connection under the client still sending it.
        String huge = "#" + "x".repeat(12 * 1024 * 1024) + "\nASK {}";
        for (HttpRequest request : List.of(
                post("application/sparql-query", huge),
                post("application/x-www-form-urlencoded", "query=" + URLEncoder.encode(huge, StandardCharsets.UTF_8)))) {
            HttpResponse<String> response = TestServer.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
            assertTrue(response.body().contains("at most 262144"), response.body());
        }
    }

    @Test
    void aBodyOfUnstatedLengthIsRefusedWith411() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("ASK {}".getBytes(StandardCharsets.UTF_8))))
                .build();
        // A client of its own: a connection pooled by an earlier test could be closed under this POST,
        // which the shared client would not retry.
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, response.statusCode(), response.body());
        assertTrue(response.body().contains("Content-Length"), response.body());
    }

    @Test
    void aLongQueryUnderTheCapIsAnswered() throws Exception {
        String longComment = "#" + "x".repeat(200 * 1024) + "\nASK {}";
        HttpResponse<String> response = TestServer.HTTP.send(post("application/sparql-query", longComment),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("true"), response.body());
    }

    @Test
    void deepNestingIsRefusedWith400SayingSo() throws Exception {
        for (int depth : List.of(1000, 3000, 20_000)) {
            String query = "ASK " + "{".repeat(depth) + "}".repeat(depth);
            HttpResponse<String> response = TestServer.HTTP.send(post("application/sparql-query", query),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), depth + " groups: " + response.body());
            assertTrue(response.body().contains("more than 64 deep"), response.body());
        }
        String parentheses = "SELECT (" + "(".repeat(500) + "1" + ")".repeat(500) + " AS ?x) {}";
        HttpResponse<String> response = TestServer.HTTP.send(post("application/sparql-query", parentheses),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        String nested = "ASK " + "{".repeat(30) + " ?s ?p \"{{{{ <{> \" # }}}}\n" + "}".repeat(30);
        assertEquals(200, query(nested).statusCode(), "brackets in strings and comments do not count");
    }

    @Test
    void longChainsThatRecurseAnswer400NotAnEmpty500() throws Exception {
        String unions = "ASK { " + "{} UNION ".repeat(20_000) + "{} }";
        String ors = "ASK { FILTER(" + "false || ".repeat(25_000) + "true) }";
        for (String query : List.of(unions, ors)) {
            HttpResponse<String> response = TestServer.HTTP.send(post("application/sparql-query", query),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400,
                    response.statusCode() + ": " + response.body());
            assertFalse(response.body().isBlank(), "a body that says what happened");
            assertFalse(response.body().contains("StackOverflowError"), response.body());
        }
    }

    @Test
    void anUpdateSentByGetIsRefusedAndChangesNothing() throws Exception {
        List<String> before = TestData.snapshot(server.store());
        HttpResponse<byte[]> response = server.get("sparql?update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8), "*/*");
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "status " + response.statusCode());
        assertEquals(before, TestData.snapshot(server.store()));
    }

    @Test
    void anyOriginMayReadButNeverWithCredentials() throws Exception {
        HttpResponse<byte[]> preflight = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://client.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertEquals(204, preflight.statusCode());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Content-Type"));
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        for (String query : List.of("ASK {}", "ASK {")) {
            HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8)))).header("Origin", "https://client.example").build());
            assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""), query);
            assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), query);
        }
    }

    private static HttpResponse<String> query(String query) throws Exception {
        return query(query, "application/sparql-results+json");
    }

    private static HttpResponse<String> query(String query, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))))
                .header("Accept", accept).build();
        return TestServer.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest post(String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", contentType).header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
