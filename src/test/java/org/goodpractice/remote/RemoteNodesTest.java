package org.goodpractice.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.cli.Main;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.RemoteEndpoints;
import org.goodpractice.store.RemoteFuseki;
import org.goodpractice.store.RemoteStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The acceptance of scale-out: a real Fuseki holds the data, imported through the CLI with
 * {@code --sparql-endpoint}; two web nodes serve it, each with its own store connection and
 * index; a record imported later through the CLI shows on both nodes' pages and search within 5 s.
 */
class RemoteNodesTest {
    private static final String BASE = "http://localhost:8080/";
    private static RemoteFuseki fuseki;
    private static final List<Node> NODES = new java.util.ArrayList<>();

    record Node(RemoteStore store, SearchIndex index, GoodPracticeServer server) {
        String url(String path) {
            return "http://localhost:" + server.port() + "/" + path;
        }

        HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
            return TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @BeforeAll
    static void start() {
        fuseki = RemoteFuseki.start();
        assertEquals(0, cli("import", "--sparql-endpoint", fuseki.datasetUrl(), "data"));
        for (int i = 0; i < 2; i++) {
            RemoteStore store = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofSeconds(2));
            SearchIndex index = SearchIndex.build(store, BASE);
            GoodPracticeServer server = GoodPracticeServer.create().store(store).baseUri(BASE).port(0)
                    .searchIndex(index).preparePages(false).build().start();
            NODES.add(new Node(store, index, server));
        }
    }

    @AfterAll
    static void stop() {
        stop(NODES);
        fuseki.close();
    }

    static void stop(List<Node> nodes) {
        nodes.forEach(n -> {
            n.server().stop();
            n.index().close();
            n.store().close();
        });
    }

    static int cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        int code = cli.execute(args);
        if (code != 0) {
            System.err.println(out);
        }
        return code;
    }

    @Test
    void bothNodesServePagesSearchAndDocumentsFromTheRemoteStore() throws Exception {
        for (Node node : NODES) {
            HttpResponse<String> page = node.get("practice/0557C2", "text/html");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Birmingham Science Park Aston"));
            HttpResponse<String> search = node.get("search?q=science+park", "text/html");
            assertTrue(search.body().contains("/practice/0557C2"), "search on node " + node.url(""));
            HttpResponse<String> turtle = node.get("data/practice/0557C2.ttl", "text/turtle");
            assertEquals(200, turtle.statusCode());
            assertTrue(turtle.body().contains(BASE + "id/practice/0557C2") || turtle.body().contains("<id/practice/0557C2>"),
                    turtle.body());
        }
    }

    @Test
    void theDumpIsTheStoreWithoutItsBookkeeping() throws Exception {
        HttpResponse<byte[]> dump = TestServer.HTTP.send(HttpRequest.newBuilder(
                URI.create(NODES.get(0).url("dumps/goodpractice.nq.gz"))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, dump.statusCode());
        Dataset parsed = DatasetFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS).parse(parsed);
        assertTrue(parsed.containsNamedModel(BASE + "graph/practice/0557C2"));
        assertTrue(parsed.getDefaultModel().isEmpty(), "the dump holds the store's bookkeeping");
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(dump.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(text.contains("urn:x-goodpractice:store"));
    }

    @Test
    void thePublicEndpointForwardsCappedReadOnlyQueries() throws Exception {
        Node node = NODES.get(1);
        String count = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> }";
        HttpResponse<String> answer = node.get("sparql?query=" + URLEncoder.encode(count, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().matches("(?s).*\"value\"\\s*:\\s*\"[1-9][0-9]*\".*"), answer.body());
        assertEquals("10000", answer.headers().firstValue("X-Result-Limit").orElse(""));

        String service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        assertEquals(400, node.get("sparql?query=" + URLEncoder.encode(service, StandardCharsets.UTF_8), "*/*").statusCode());
        String update = "DROP ALL";
        assertTrue(node.get("sparql?update=" + URLEncoder.encode(update, StandardCharsets.UTF_8), "*/*").statusCode() >= 400);
        String bookkeeping = "ASK { ?s <urn:x-goodpractice:store#version> ?v }";
        assertTrue(node.get("sparql?query=" + URLEncoder.encode(bookkeeping, StandardCharsets.UTF_8),
                "application/sparql-results+json").body().contains("false"));
    }

    @Test
    void aRecordImportedThroughTheCliShowsOnEveryNodeWithinFiveSeconds() throws Exception {
        assertEquals(404, NODES.get(0).get("practice/0002A1", "text/html").statusCode());
        assertEquals(0, cli("import", "--sparql-endpoint", fuseki.datasetUrl(), "--base-uri", BASE,
                TestData.resource("ingest/annex/country-only/input.txt").toString()));
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        for (Node node : NODES) {
            while (node.get("practice/0002A1", "text/html").statusCode() != 200
                    || !node.get("search?q=%22Valid+title%22", "text/html").body().contains("/practice/0002A1")) {
                assertTrue(System.nanoTime() < deadline, "node " + node.url("") + " did not show the new record in 5 s");
                Thread.sleep(100);
            }
        }
    }
}
