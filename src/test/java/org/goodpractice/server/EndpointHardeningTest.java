package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.vocab.SD;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public endpoint survives the public: it is read-only, stops runaway queries, caps results,
 * refuses SERVICE and script functions, serves browsers from any origin, and writes happen only
 * on the admin endpoint with the operator's credentials.
 */
class EndpointHardeningTest {
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String INSERT = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"added\" } }";

    @TempDir
    Path dir;

    @Test
    void anonymousWritesAreRefusedEverywhereAndTheDataIsIntact() throws Exception {
        try (TestServer server = TestServer.start()) {
            List<String> before = TestData.snapshot(server.store());
            for (String path : List.of("sparql", "admin/update", "admin")) {
                assertRefused(server.send(form(server.url(path), "update", "DROP ALL")), "update at " + path);
                assertRefused(server.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build()), "sparql-update at " + path);
            }
            for (String path : List.of("sparql?default", "sparql?graph=" + encode(server.base() + "graph/practice/0557C2"),
                    "admin/data?default")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Content-Type", "text/turtle");
                assertRefused(server.send(request.copy().PUT(turtle()).build()), "PUT " + path);
                assertRefused(server.send(request.copy().POST(turtle()).build()), "POST " + path);
                assertRefused(server.send(request.copy().DELETE().build()), "DELETE " + path);
            }
            assertEquals(before, TestData.snapshot(server.store()));
            assertEquals(200, server.get("practice/0557C2", "text/html").statusCode());
        }
    }

    @Test
    void theGraphStoreProtocolIsReadable() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<byte[]> graph = server.get("sparql?graph=" + encode(server.base() + "graph/practice/0557C2"), "text/turtle");
            assertEquals(200, graph.statusCode());
            Model model = parse(graph.body(), Lang.TURTLE);
            assertTrue(model.containsResource(model.createResource(server.base() + "id/practice/0557C2")));
        }
    }

    @Test
    void adminWritesNeedTheOperatorsPassword() throws Exception {
        Path passwordFile = Files.writeString(dir.resolve("admin-password"), "s3cret-for-tests\n");
        try (TestServer server = TestServer.start(b -> b.adminPasswordFile(passwordFile))) {
            List<String> before = TestData.snapshot(server.store());
            HttpResponse<byte[]> anonymous = server.send(form(server.url("admin/update"), "update", "DROP ALL"));
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(401, server.send(withBasic(form(server.url("admin/update"), "update", "DROP ALL"), "admin:wrong")).statusCode());
            assertEquals(before, TestData.snapshot(server.store()));

            String etag = server.get("dumps/goodpractice.nq.gz", "*/*").headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> update = server.send(withBasic(HttpRequest.newBuilder(form(server.url("admin/update"), "update", INSERT),
                    (n, v) -> true).header("X-Requested-By", "test").build(), "admin:s3cret-for-tests"));
            assertEquals(200, update.statusCode(), new String(update.body(), StandardCharsets.UTF_8));
            String csv = select(server, "SELECT ?o WHERE { <http://example.org/s> ?p ?o }");
            assertTrue(csv.contains("added"), csv);
            assertNotEquals(etag, server.get("dumps/goodpractice.nq.gz", "*/*").headers().firstValue("ETag").orElseThrow(),
                    "the dump follows the change");
            assertRefused(server.send(form(server.url("sparql"), "update", "DROP ALL")), "public endpoint stays read-only");
        }
    }

    @Test
    void aRunawayQueryEndsAtTheTimeoutWhilePagesStillAnswer() throws Exception {
        try (TestServer server = TestServer.start(b -> b.queryTimeout(Duration.ofSeconds(3)).maxConcurrentQueries(1))) {
            // The first render compiles templates; warm up so the timing below is about the query.
            assertEquals(200, server.get("practice/0557C2", "text/html").statusCode());
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> runaway = runawayHoldingTheSlot(server);
            HttpResponse<byte[]> page = server.get("practice/0557C2", "text/html");
            long pageMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            assertEquals(200, page.statusCode());
            assertTrue(!runaway.isDone(), "the page answered while the query was still running (after " + pageMillis + " ms)");
            HttpResponse<String> timedOut = runaway.get();
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertEquals(503, timedOut.statusCode());
            assertTrue(timedOut.body().contains("timed out"), timedOut.body());
            assertTrue(seconds < 10, "stopped after " + seconds + " s");
        }
    }

    @Test
    void queriesBeyondTheConcurrencyLimitAreTurnedAwayAndPagesStillAnswer() throws Exception {
        try (TestServer server = TestServer.start(b -> b.queryTimeout(Duration.ofSeconds(2)).maxConcurrentQueries(1))) {
            CompletableFuture<HttpResponse<String>> runaway = runawayHoldingTheSlot(server);
            HttpResponse<byte[]> second = server.send(form(server.url("sparql"), "query", "ASK {}"));
            assertEquals(503, second.statusCode(), "the runaway query still holds the only slot");
            assertTrue(second.headers().firstValue("Retry-After").isPresent());
            assertEquals(200, server.get("practice/0557C2", "text/html").statusCode());
            assertEquals(503, runaway.get().statusCode());
            // The slot is released when the server finishes the response, a moment after the client has it.
            Instant deadline = Instant.now().plus(DEADLINE);
            HttpResponse<byte[]> after = server.send(form(server.url("sparql"), "query", "ASK {}"));
            while (after.statusCode() == 503 && Instant.now().isBefore(deadline)) {
                after = server.send(form(server.url("sparql"), "query", "ASK {}"));
            }
            assertEquals(200, after.statusCode(), "the slot is free again");
        }
    }

    /**
     * A request refused before its body was read (a write without credentials, a Graph Store
     * write on the read-only public endpoint, whose bodies have not arrived yet) is answered with
     * {@code Connection: close}: the server closes the connection after such an answer, and a
     * client that reused it would find it closed under its next request.
     */
    @ParameterizedTest
    @CsvSource({"POST, admin/update, application/sparql-update", "PUT, sparql?graph=http://example.org/g, text/turtle",
            "POST, sparql, application/sparql-update"})
    void aRefusalBeforeTheBodyClosesTheConnectionAndSaysSo(String method, String path, String type) throws Exception {
        try (TestServer server = TestServer.start(b -> b)) {
            URI uri = URI.create(server.url(path));
            try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                socket.getOutputStream().write((method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                        + "\r\nContent-Type: " + type + "\r\nContent-Length: 20\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)
                        + new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                                .lines().takeWhile(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
                assertTrue(head.startsWith("HTTP/1.1 4"), head);
                assertTrue(head.toLowerCase(Locale.ROOT).contains("\nconnection: close"), head);
            }
        }
    }

    /**
     * Sends the expensive query and returns it once it holds the server's only query slot, as a
     * probe turned away with 503 shows. It may reach the server after a probe took the slot and
     * be turned away itself: it is sent again then.
     */
    private static CompletableFuture<HttpResponse<String>> runawayHoldingTheSlot(TestServer server) throws Exception {
        Instant deadline = Instant.now().plus(DEADLINE);
        CompletableFuture<HttpResponse<String>> runaway = null;
        while (Instant.now().isBefore(deadline)) {
            if (runaway == null || runaway.isDone()) {
                runaway = TestServer.HTTP.sendAsync(form(server.url("sparql"), "query", EXPENSIVE), HttpResponse.BodyHandlers.ofString());
            }
            if (server.send(form(server.url("sparql"), "query", "ASK {}")).statusCode() == 503 && !runaway.isDone()) {
                return runaway;
            }
        }
        throw new AssertionError("the expensive query never held the query slot within " + DEADLINE);
    }

    @Test
    void resultsAreCappedAtTheLimit() throws Exception {
        try (TestServer server = TestServer.start(b -> b.resultLimit(5))) {
            HttpResponse<byte[]> response = server.send(form(server.url("sparql"), "query", "SELECT * WHERE { ?s ?p ?o } LIMIT 100"));
            assertEquals("5", response.headers().firstValue("X-Result-Limit").orElse(""));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
            assertEquals(5, ResultSetFormatter.consume(rs));
            String small = select(server, "SELECT ?s WHERE { ?s a <https://w3id.org/goodpractice/ns#GoodPractice> } LIMIT 2");
            assertEquals(3, small.lines().count(), "a smaller LIMIT is kept: " + small);
        }
    }

    @Test
    void serviceAndScriptFunctionsAreRefused() throws Exception {
        try (TestServer server = TestServer.start()) {
            HttpResponse<byte[]> service = server.send(form(server.url("sparql"), "query",
                    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"));
            assertTrue(service.statusCode() >= 400, "status " + service.statusCode());
            assertTrue(new String(service.body(), StandardCharsets.UTF_8).contains("SERVICE execution disabled"));
            HttpResponse<byte[]> script = server.send(form(server.url("sparql"), "query",
                    "PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> SELECT ?x WHERE { BIND (js:f(1) AS ?x) }"));
            assertTrue(script.statusCode() >= 400, "status " + script.statusCode());
            assertTrue(new String(script.body(), StandardCharsets.UTF_8).contains("Scripting not enabled"));
        }
    }

    @Test
    void aPlainGetOfTheEndpointGivesItsServiceDescription() throws Exception {
        try (TestServer server = TestServer.start(b -> b.queryTimeout(Duration.ofSeconds(7)))) {
            HttpResponse<byte[]> description = server.get("sparql", "text/turtle");
            assertEquals(200, description.statusCode());
            Model model = parse(description.body(), Lang.TURTLE);
            var service = model.createResource(server.base() + "sparql#service");
            assertTrue(model.contains(service, SD.endpoint, model.createResource(server.base() + "sparql")));
            assertTrue(model.contains(service, SD.supportedLanguage, SD.SPARQL11Query));
            assertTrue(model.contains(service, SD.feature, SD.UnionDefaultGraph));
            assertTrue(service.getProperty(org.apache.jena.vocabulary.RDFS.comment).getString().contains("stop after 7 s"));
            HttpResponse<byte[]> browser = server.get("sparql", "text/html");
            assertEquals(303, browser.statusCode());
            assertEquals(server.base() + "dataset#sparql", browser.headers().firstValue("Location").orElse(""));
        }
    }

    private static void assertRefused(HttpResponse<byte[]> response, String what) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                what + " gave " + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String select(TestServer server, String query) throws Exception {
        HttpResponse<byte[]> response = server.send(HttpRequest.newBuilder(URI.create(server.url("sparql?query=" + encode(query))))
                .header("Accept", "text/csv").build());
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static HttpRequest form(String url, String name, String value) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(name + "=" + encode(value))).build();
    }

    private static HttpRequest withBasic(HttpRequest request, String credentials) {
        return HttpRequest.newBuilder(request, (n, v) -> true)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private static HttpRequest.BodyPublisher turtle() {
        return HttpRequest.BodyPublishers.ofString("<http://example.org/s> <http://example.org/p> <http://example.org/o> .");
    }

    private static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
