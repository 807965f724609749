package org.goodpractice.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.UnaryOperator;

import org.goodpractice.TestData;
import org.goodpractice.store.TdbStore;

/** The whole server over the sample data on a free port, for tests that speak HTTP to it. */
final class RunningServer implements AutoCloseable {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final String base;
    final TdbStore store;
    private final GoodPracticeServer server;

    private RunningServer(String base, TdbStore store, GoodPracticeServer server) {
        this.base = base;
        this.store = store;
        this.server = server;
    }

    /** Starts a server; {@code options} may set limits or the admin password on its builder. */
    static RunningServer start(UnaryOperator<GoodPracticeServer.Builder> options) {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = "http://localhost:" + port + "/";
        TdbStore store = TestData.storeWithSampleData(base);
        GoodPracticeServer server = options.apply(GoodPracticeServer.create().store(store).baseUri(base).port(port))
                .build().start();
        return new RunningServer(base, store, server);
    }

    /** A GET of {@code path} (relative to the base) with {@code accept}; redirects are not followed. */
    HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept).build());
    }

    HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    String url(String path) {
        return path.startsWith("http") ? path : base + path;
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
