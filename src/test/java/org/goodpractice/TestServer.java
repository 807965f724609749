package org.goodpractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

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
    public static final HttpClient HTTP = HttpClient.newHttpClient();

    public static TestServer start(Path... extraRecords) {
        return start(builder -> builder, extraRecords);
    }

    /** Starts a server; {@code options} may set limits or the admin password on its builder. */
    public static TestServer start(UnaryOperator<GoodPracticeServer.Builder> options, Path... extraRecords) {
        // Bound now and handed to the server, so the port named in the base URI stays ours.
        ServerSocketChannel channel = bind();
        int port = channel.socket().getLocalPort();
        String base = "http://localhost:" + port + "/";
        TdbStore store = TestData.storeWithSampleData(base);
        Importer importer = new Importer(store, base);
        for (Path record : extraRecords) {
            ImportOutcome outcome = importer.importFile(record);
            if (!(outcome instanceof ImportOutcome.Imported)) {
                throw new IllegalStateException("Test record " + record + " did not import: " + outcome);
            }
        }
        GoodPracticeServer server = options.apply(GoodPracticeServer.create().store(store).baseUri(base).listenOn(channel))
                .build().start();
        if (server.port() != port) {
            throw new IllegalStateException("The server listens on " + server.port() + ", not on the bound port " + port);
        }
        return new TestServer(store, server, base);
    }

    /** The absolute URL of {@code path}, given without its leading slash (an absolute URL stays as it is). */
    public String url(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    /** A GET of {@code path} with {@code accept}; redirects are not followed. */
    public HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build());
    }

    public HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }

    /** A channel bound to a free port, for a server given it with {@code listenOn}: no other process can take the port meanwhile. */
    public static ServerSocketChannel bind() {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open();
            channel.bind(new InetSocketAddress(0));
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind a local port for the test server", e);
        }
    }
}
