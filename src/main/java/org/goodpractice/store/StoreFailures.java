package org.goodpractice.store;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import org.apache.jena.atlas.web.HttpException;

/** Says in a few words why a remote store failed, without any URL credentials or stack trace. */
public final class StoreFailures {
    private StoreFailures() {
    }

    /** A short reason for {@code failure}: refused connection, timeout, or the HTTP status the store answered. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer in time";
            }
            if (t instanceof HttpException http && http.getStatusCode() > 0) {
                return http.getStatusCode() == 401 || http.getStatusCode() == 403
                        ? "HTTP " + http.getStatusCode() + ": the store refused the credentials"
                        : "HTTP " + http.getStatusCode();
            }
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").substring(0, Math.min(200, message.lines().findFirst().orElse("").length()));
    }

    /** True when {@code failure} comes from failing to reach a remote store, not from a bad query. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException
                    || t instanceof java.net.http.HttpConnectTimeoutException || t instanceof java.io.IOException) {
                return true;
            }
            if (t instanceof HttpException http && (http.getStatusCode() <= 0 || http.getStatusCode() >= 502)) {
                return true;
            }
        }
        return false;
    }
}
