package org.goodpractice.sparql;

import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers a refused request with its status and one line of plain text saying why. (Jetty's
 * {@code Response.writeError} leaves the body empty in the web server these handlers run in.)
 * The refusal comes before the request's body is read, and Jetty closes a connection whose
 * request body was left unread; {@code Connection: close} tells the client so, or it would send
 * its next request on a connection about to close.
 */
final class PlainRefusal {
    private PlainRefusal() {
    }

    static boolean send(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, StandardCharsets.UTF_8.encode(message + "\n"), callback);
        return true;
    }
}
