package org.goodpractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.goodpractice.ingest.ImportOutcome;
import org.goodpractice.ingest.Importer;
import org.goodpractice.server.GoodPracticeServer;
import org.goodpractice.store.TdbStore;

/**
 * The whole server on a free local port over the sample data plus any extra record files, for
 * tests that go through HTTP or a browser. {@code base} is both the base URI the records were
 * imported under and where the server listens.
 *
 * <pre>
 * try (TestServer site = TestServer.start(TestData.resource("web/hostile-annex.txt"))) {
 *     driver.get(site.url("practice/0557C2"));
 * }
 * </pre>
 */
public record TestServer(TdbStore store, GoodPracticeServer server, String base) implements AutoCloseable {

    public static TestServer start(Path... extraRecords) {
        int port = freePort();
        String base = "http://localhost:" + port + "/";
        TdbStore store = TestData.storeWithSampleData(base);
        Importer importer = new Importer(store, base);
        for (Path record : extraRecords) {
            ImportOutcome outcome = importer.importFile(record);
            if (!(outcome instanceof ImportOutcome.Imported)) {
                throw new IllegalStateException("Test record " + record + " did not import: " + outcome);
            }
        }
        GoodPracticeServer server = GoodPracticeServer.create().store(store).baseUri(base).port(port).build().start();
        return new TestServer(store, server, base);
    }

    /** The absolute URL of {@code path}, given without its leading slash. */
    public String url(String path) {
        return base + path;
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
