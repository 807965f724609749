package org.goodpractice.sparql;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses request bodies over {@link EndpointLimits#MAX_REQUEST_BYTES} with 413 before anything
 * parses them, and bodies of unstated length (chunked) with 411, so no request can make the
 * endpoint parse megabytes.
 *
 * <p>Up to {@link #MAX_DISCARDED_BYTES} of a refused body are read and thrown away before the
 * refusal is sent: a client still sending its body to a connection closed under it gets a TCP
 * reset and loses the response, so it would never learn why. Past that the refusal goes at once.
 */
final class RequestBodyCap extends Handler.Wrapper {
    static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;

    RequestBodyCap(Handler endpoint) {
        super(endpoint);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length > EndpointLimits.MAX_REQUEST_BYTES) {
            String message = "The request body has " + length + " bytes; the endpoint accepts at most "
                    + EndpointLimits.MAX_REQUEST_BYTES + " (256 KB). Download a dump for work on the whole dataset.";
            refuse(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, message);
            return true;
        }
        if (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            refuse(request, response, callback, HttpStatus.LENGTH_REQUIRED_411,
                    "Send the request body with a Content-Length (at most " + EndpointLimits.MAX_REQUEST_BYTES + " bytes).");
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static void refuse(Request request, Response response, Callback callback, int status, String message) {
        new Discard(request, () -> PlainRefusal.send(response, callback, status, message)).run();
    }

    /** Reads and drops the body until it ends or passes the cap, then refuses. */
    private static final class Discard implements Runnable {
        private final Request request;
        private final Runnable then;
        private long read;

        Discard(Request request, Runnable then) {
            this.request = request;
            this.then = then;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                read += chunk.remaining();
                boolean done = chunk.isLast() || Content.Chunk.isFailure(chunk) || read > MAX_DISCARDED_BYTES;
                chunk.release();
                if (done) {
                    then.run();
                    return;
                }
            }
        }
    }
}
