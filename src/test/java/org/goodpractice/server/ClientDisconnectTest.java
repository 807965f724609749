package org.goodpractice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.goodpractice.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query whose client hangs up stops then, not at its deadline: with one query slot and a
 * deadline of two minutes, the slot is free again soon after the client of a runaway query has
 * closed its connection. Without the watch the slot would stay taken until the deadline.
 */
class ClientDisconnectTest {
    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(2);
    /** Well inside the query timeout: reaching it means the query was not stopped. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }",
            "SELECT (REGEX(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\", \"^(a*)*\\\\1$\") AS ?x) {}"})
    void aQueryStopsWhenItsClientHangsUp(String runaway) throws Exception {
        try (TestServer server = TestServer.start(b -> b.queryTimeout(QUERY_TIMEOUT).maxConcurrentQueries(1))) {
            holdTheSlot(server, runaway).close();
            awaitStatus(server, 200, "the slot to be freed after the client left");
        }
    }

    @Test
    void aClientThatWaitsGetsItsAnswer() throws Exception {
        // Backtracks for about a second here: several rounds of the watch look at the connection.
        String slow = "SELECT (REGEX(\"aaaaaaaaaaaaaaaaaaaaaaa!\", \"^(a*)*\\\\1$\") AS ?x) {}";
        try (TestServer server = TestServer.start(b -> b.queryTimeout(QUERY_TIMEOUT))) {
            HttpResponse<String> response = TestServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(slow, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("x\r\nfalse\r\n", response.body());
        }
    }

    /**
     * Sends {@code query} on a connection of its own and returns that connection once the query
     * holds the only slot, as a probe turned away with 503 shows. A probe may take the slot
     * first and the query be turned away (it has an answer to read then): it is sent again.
     */
    private static Socket holdTheSlot(TestServer server, String query) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        Socket socket = sendRawQuery(server, query);
        while (Instant.now().isBefore(deadline)) {
            if (socket.getInputStream().available() > 0) {
                socket.close();
                socket = sendRawQuery(server, query);
            } else if (ask(server) == 503) {
                return socket;
            }
        }
        socket.close();
        throw new AssertionError("the query never held the query slot within " + WAIT.toSeconds() + " s");
    }

    private static Socket sendRawQuery(TestServer server, String query) throws Exception {
        URI uri = URI.create(server.url("sparql"));
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        byte[] body = ("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/sparql-results+json"
                + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return socket;
    }

    private static void awaitStatus(TestServer server, int status, String what) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        int last = ask(server);
        while (last != status && Instant.now().isBefore(deadline)) {
            last = ask(server);
        }
        assertEquals(status, last, "waited " + WAIT.toSeconds() + " s for " + what);
    }

    private static int ask(TestServer server) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(server.url("sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=ASK%20%7B%7D")).build()).statusCode();
    }
}
