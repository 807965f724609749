package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/** A handler made in the background: requests before it is ready wait for it, and a failed one answers 500. */
class LateHandlerTest {
    private static final Executor BACKGROUND = task -> new Thread(task).start();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aRequestBeforeTheHandlerIsMadeWaitsForIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        LateHandler late = LateHandler.make("The test endpoint", () -> {
            await(release);
            return new Handler.Abstract() {
                @Override
                public boolean handle(org.eclipse.jetty.server.Request request, Response response, Callback callback) {
                    response.setStatus(200);
                    response.write(true, StandardCharsets.UTF_8.encode("made"), callback);
                    return true;
                }
            };
        }, BACKGROUND);
        Server server = serve(late);
        try {
            CompletableFuture<HttpResponse<String>> early = client.sendAsync(get(server), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
            assertTrue(!early.isDone(), "answered before the handler was made");
            release.countDown();
            HttpResponse<String> answer = early.get();
            assertEquals(200, answer.statusCode());
            assertEquals("made", answer.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void aHandlerThatCouldNotBeMadeAnswers500WithWhatFailed() throws Exception {
        LateHandler late = LateHandler.make("The test endpoint", () -> {
            throw new IllegalStateException("broken on purpose");
        }, BACKGROUND);
        Server server = serve(late);
        try {
            HttpResponse<String> answer = client.send(get(server), HttpResponse.BodyHandlers.ofString());
            assertEquals(500, answer.statusCode());
            assertTrue(answer.body().contains("The test endpoint could not be started"), answer.body());
        } finally {
            server.stop();
        }
    }

    private static Server serve(Handler handler) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(handler);
        server.start();
        return server;
    }

    private static HttpRequest get(Server server) {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/anything")).build();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
