package org.goodpractice.sparql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HTTP Basic authentication in front of the admin endpoint, with failed logins throttled per
 * client address ({@link LoginThrottle}), or a refusal of everything.
 */
final class AdminGate extends Handler.Wrapper {
    static final String USER = "admin";
    static final String REALM = "goodpractice-admin";

    private final byte[] expected;
    private final LoginThrottle throttle;

    private AdminGate(Handler endpoint, byte[] expected, LoginThrottle throttle) {
        super(endpoint);
        this.expected = expected;
        this.throttle = throttle;
    }

    static Handler withPassword(Handler endpoint, String password) {
        return new AdminGate(endpoint, (USER + ":" + password).getBytes(StandardCharsets.UTF_8),
                new LoginThrottle(Clock.systemUTC()));
    }

    static Handler refusingAll() {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                PlainRefusal.send(response, callback, HttpStatus.FORBIDDEN_403,
                        "Writes are disabled on this server. The operator enables them with "
                                + "serve --admin-password-file FILE.");
                return true;
            }
        };
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String client = Request.getRemoteAddr(request);
        Duration wait = throttle.wait(client);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
            return PlainRefusal.send(response, callback, HttpStatus.TOO_MANY_REQUESTS_429, "Too many failed logins from "
                    + client + "; try again in " + seconds + " s.");
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (!authorised(header)) {
            if (header != null) {
                throttle.failed(client);
            }
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            PlainRefusal.send(response, callback, HttpStatus.UNAUTHORIZED_401,
                    "The admin endpoint needs the operator's credentials (HTTP Basic, user " + USER + ").");
            return true;
        }
        throttle.succeeded(client);
        return super.handle(request, response, callback);
    }

    private boolean authorised(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Constant-time comparison, so response times do not leak how much of a guess was right.
        return MessageDigest.isEqual(given, expected);
    }
}
