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
 * <p>A body up to {@link #MAX_DISCARDED_BYTES} is read and thrown away before the 413 is sent: a
 * client still sending its body to a connection closed under it gets a TCP reset and loses the
 * response, so it would never learn why. Larger bodies are refused at once.
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
            Runnable refuse = () -> PlainRefusal.send(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, message);
            if (length > MAX_DISCARDED_BYTES) {
                refuse.run();
            } else {
                Content.Source.consumeAll(request, Callback.from(refuse, callback::failed));
            }
            return true;
        }
        if (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            PlainRefusal.send(response, callback, HttpStatus.LENGTH_REQUIRED_411,
                    "Send the request body with a Content-Length (at most " + EndpointLimits.MAX_REQUEST_BYTES + " bytes).");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
