package org.goodpractice.sparql;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps other web sites from writing through an operator's browser (cross-site request forgery).
 * A write (any method but GET, HEAD, OPTIONS) is refused with 403 when its {@code Origin} is not
 * this server's own, and when its body is one a plain HTML form can send (form-encoded, multipart
 * or text/plain) without the header {@value #TOKEN_HEADER}: a page elsewhere can only add such a
 * header after a CORS preflight, and the admin endpoint answers no preflight.
 */
final class SameOriginWrites extends Handler.Wrapper {
    static final String TOKEN_HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    SameOriginWrites(Handler endpoint) {
        super(endpoint);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (SAFE.contains(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(request.getHttpURI()))) {
            return PlainRefusal.send(response, callback, HttpStatus.FORBIDDEN_403,
                    "Writes from another origin (" + origin + ") are refused.");
        }
        if (isFormType(request.getHeaders().get(HttpHeader.CONTENT_TYPE)) && request.getHeaders().get(TOKEN_HEADER) == null) {
            return PlainRefusal.send(response, callback, HttpStatus.FORBIDDEN_403,
                    "A form-encoded write needs the header " + TOKEN_HEADER + " (any value), which pages on other sites cannot send.");
        }
        return super.handle(request, response, callback);
    }

    private static String ownOrigin(HttpURI uri) {
        int port = uri.getPort();
        boolean defaultPort = port < 0 || port == 80 && "http".equals(uri.getScheme()) || port == 443 && "https".equals(uri.getScheme());
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }

    private static boolean isFormType(String contentType) {
        if (contentType == null) {
            return false;
        }
        return FORM_TYPES.contains(contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }
}
