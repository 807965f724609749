package org.goodpractice.store;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

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
            int status = status(t);
            if (status > 0) {
                return status == 401 || status == 403 ? "HTTP " + status + ": the store refused the credentials"
                        : "HTTP " + status + said(t);
            }
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").substring(0, Math.min(200, message.lines().findFirst().orElse("").length()));
    }

    /** The first line of the store's own error text (Virtuoso's "Virtuoso 37000 Error SP031: …"), if any. */
    private static String said(Throwable t) {
        String body = t instanceof HttpException http ? http.getResponse() : null;
        String first = body == null ? "" : body.strip().lines().findFirst().orElse("").strip();
        return first.isEmpty() || first.startsWith("<") ? "" : ": " + first.substring(0, Math.min(200, first.length()));
    }

    /** The HTTP status a store answered with, or -1. */
    private static int status(Throwable t) {
        if (t instanceof HttpException http) {
            return http.getStatusCode();
        }
        return t instanceof QueryExceptionHTTP http ? http.getStatusCode() : -1;
    }

    /** True when {@code failure} comes from failing to reach a remote store, not from a bad query. */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpTimeoutException
                    || t instanceof java.net.http.HttpConnectTimeoutException || t instanceof java.io.IOException) {
                return true;
            }
            int status = status(t);
            if (status == 401 || status == 403 || status >= 502) {
                return true;
            }
        }
        return false;
    }
}
