package org.goodpractice.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.layout.PatternLayout;

import org.goodpractice.TestData;
import org.goodpractice.TestServer;
import org.goodpractice.cli.Main;
import org.goodpractice.search.SearchIndex;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.RemoteEndpoints;
import org.goodpractice.store.RemoteFuseki;
import org.goodpractice.store.RemoteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void anAdminWriteWhileTheStoreIsDownIs503SayingSoInOneLogLine(@TempDir Path dir) throws Exception {
        Path password = Files.writeString(dir.resolve("admin-password"), "s3cret-for-fault-tests\n");
        StringWriter log = new StringWriter();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        WriterAppender capture = WriterAppender.createAppender(PatternLayout.createDefaultLayout(), null, log, "capture", false, true);
        capture.start();
        try (RemoteFuseki fuseki = RemoteFuseki.start()) {
            assertEquals(0, cli(new StringWriter(), "import", "--sparql-endpoint", fuseki.datasetUrl(),
                    TestData.resource("ingest/annex/bspa/input.txt").toString()));
            try (RemoteStore store = RemoteStore.open(RemoteEndpoints.fuseki(fuseki.datasetUrl()), Duration.ofSeconds(30));
                    SearchIndex index = SearchIndex.build(store, BASE)) {
                GoodPracticeServer server = GoodPracticeServer.create().store(store).baseUri(BASE).port(0)
                        .searchIndex(index).preparePages(false).adminPasswordFile(password).build().start();
                try {
                    fuseki.stop();
                    // On the root only: every logger's events reach it, each once.
                    context.getConfiguration().getRootLogger().addAppender(capture, Level.ALL, null);
                    context.updateLoggers();
                    HttpResponse<String> put = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + server.port() + "/admin/data?graph=" + BASE + "graph/notes")).header("Content-Type", "text/turtle")
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    "admin:s3cret-for-fault-tests".getBytes(StandardCharsets.UTF_8)))
                            .PUT(HttpRequest.BodyPublishers.ofString("<urn:s> <urn:p> \"o\" .")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(503, put.statusCode(), put.body());
                    assertTrue(put.body().contains("data store at " + fuseki.datasetUrl()) && put.body().contains("unreachable")
                            && put.body().contains("nothing was changed"), put.body());
                    assertFalse(put.body().contains("Exception"), put.body());
                    List<String> lines = log.toString().lines().toList();
                    assertEquals(1, lines.stream().filter(l -> l.contains("unreachable")).count(), log.toString());
                    assertTrue(lines.stream().noneMatch(l -> l.contains("Exception") || l.startsWith("\tat ")), log.toString());
                } finally {
                    context.getConfiguration().getRootLogger().removeAppender("capture");
                    context.updateLoggers();
                    capture.stop();
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
