package org.goodpractice.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.cli.Main;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.RemoteEndpoints;
import org.goodpractice.store.RemoteFuseki;
import org.goodpractice.store.RemoteStore;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A node whose remote store goes away says so (503 pages, /health) and recovers by itself; a store of another base is refused. */
class RemoteFaultsTest {
    private static final String BASE = "http://localhost:8080/";

    private static int cli(StringWriter out, String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    private static HttpResponse<String> get(GoodPracticeServer server, String path) throws Exception {
        return TestServer.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/" + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean within5s(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.call();
    }

    @Test
    void aStoreThatGoesAwayGivesUnreachablePagesAndComesBack() throws Exception {
        try (RemoteFuseki fuseki = RemoteFuseki.start()) {
            assertEquals(0, cli(new StringWriter(), "import", "--sparql-endpoint", fuseki.datasetUrl(),
                    TestData.resource("ingest/annex/bspa/input.txt").toString()));
            try (RemoteStore store = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofMillis(500));
                    SearchIndex index = SearchIndex.build(store, BASE)) {
                GoodPracticeServer server = GoodPracticeServer.create().store(store).baseUri(BASE).port(0)
                        .searchIndex(index).preparePages(false).build().start();
                try {
                    assertEquals(200, get(server, "health").statusCode());
                    assertEquals(200, get(server, "page/concept/interreg-ivc/priority/1").statusCode());
                    fuseki.stop();
                    assertTrue(within5s(() -> get(server, "health").statusCode() == 503), "health still says ok");
                    assertTrue(get(server, "health").body().contains("unreachable"));
                    HttpResponse<String> page = get(server, "page/concept/interreg-ivc/priority/2");
                    assertEquals(503, page.statusCode());
                    assertTrue(page.body().contains("data store"), page.body());
                    assertFalse(page.body().contains("Exception") || page.body().contains("at org."), page.body());

                    fuseki.restart();
                    assertTrue(within5s(() -> get(server, "health").statusCode() == 200), "the node did not recover");
                    assertEquals(200, get(server, "page/concept/interreg-ivc/priority/2").statusCode());
                } finally {
                    server.stop();
                }
            }
        }
    }

    @Test
    void importingUnderAnotherBaseIsRefusedNamingBothBases() throws Exception {
        try (RemoteFuseki fuseki = RemoteFuseki.start()) {
            String record = TestData.resource("ingest/annex/bspa/input.txt").toString();
            assertEquals(0, cli(new StringWriter(), "import", "--sparql-endpoint", fuseki.datasetUrl(), record));
            StringWriter out = new StringWriter();
            assertEquals(1, cli(out, "import", "--sparql-endpoint", fuseki.datasetUrl(), "--base-uri",
                    "https://example.org/gp/", TestData.resource("ingest/annex/country-only/input.txt").toString()));
            assertTrue(out.toString().contains(BASE) && out.toString().contains("https://example.org/gp/"), out.toString());
            StringWriter query = new StringWriter();
            assertEquals(0, cli(query, "query", "--sparql-endpoint", fuseki.datasetUrl(), "--format", "csv",
                    "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://w3id.org/goodpractice/ns#GoodPractice> }"));
            assertTrue(query.toString().contains("\n1"), "the refused import wrote something: " + query);
        }
    }
}
