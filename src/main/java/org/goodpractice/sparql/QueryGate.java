package org.goodpractice.sparql;

import java.util.concurrent.Semaphore;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets at most a fixed number of SPARQL requests run at once and answers the rest at once with
 * 503 and {@code Retry-After}, so slow queries can never take all the server's threads from the
 * HTML pages.
 */
final class QueryGate extends Handler.Wrapper {
    private final Semaphore running;

    QueryGate(Handler endpoint, int maxConcurrent) {
        super(endpoint);
        this.running = new Semaphore(maxConcurrent);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!running.tryAcquire()) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            PlainRefusal.send(response, callback, HttpStatus.SERVICE_UNAVAILABLE_503,
                    "Too many SPARQL queries are running; try again in a few seconds.");
            return true;
        }
        boolean handled = false;
        try {
            handled = super.handle(request, response, Callback.from(callback, (Runnable) running::release));
            return handled;
        } finally {
            if (!handled) {
                running.release();
            }
        }
    }
}
