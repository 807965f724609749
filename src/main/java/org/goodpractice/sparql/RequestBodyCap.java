package org.goodpractice.sparql;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses request bodies over {@link EndpointLimits#MAX_REQUEST_BYTES} with 413 before anything
 * reads them, and bodies of unstated length (chunked) with 411, so no request can make the
 * endpoint read or parse megabytes.
 */
final class RequestBodyCap extends Handler.Wrapper {
    RequestBodyCap(Handler endpoint) {
        super(endpoint);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length > EndpointLimits.MAX_REQUEST_BYTES) {
            PlainRefusal.send(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "The request body has " + length + " bytes; the endpoint accepts at most "
                            + EndpointLimits.MAX_REQUEST_BYTES + " (256 KB). Download a dump for work on the whole dataset.");
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
