package org.goodpractice.sparql;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets scripts on any origin read the public endpoint, without credentials: every response says
 * {@code Access-Control-Allow-Origin: *} and never {@code Allow-Credentials}, so a page elsewhere
 * can query but cannot act with a visitor's cookies or passwords. Preflights are answered here.
 */
final class OpenCors extends Handler.Wrapper {
    static final String METHODS = "GET, POST, HEAD, OPTIONS";
    static final String HEADERS = "Accept, Content-Type, Origin, X-Requested-With";

    OpenCors(Handler endpoint) {
        super(endpoint);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getHeaders().get(HttpHeader.ORIGIN) == null) {
            return super.handle(request, response, callback);
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, BoundedQuery.HEADER);
        if (request.getMethod().equals("OPTIONS") && request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        return super.handle(request, response, callback);
    }
}
