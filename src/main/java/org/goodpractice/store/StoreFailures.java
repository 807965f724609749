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

    /**
     * {@code failure} of a request to the remote store at {@code store} as the store's exception:
     * as it is when it is one; {@link StoreException.Kind#UNREACHABLE} when the store could not be
     * reached ({@link #isUnreachable}); {@link StoreException.Kind#REFUSED} when it answered with an
     * error status, with its own first line of explanation; failed otherwise.
     */
    public static StoreException asStoreException(RuntimeException failure, Object store) {
        if (failure instanceof StoreException known) {
            return known;
        }
        String why = describe(failure);
        if (isUnreachable(failure)) {
            return new StoreException(StoreException.Kind.UNREACHABLE, "The data store at " + store + " is unreachable ("
                    + why + "); nothing was changed: send the write again once it answers", failure);
        }
        boolean answered = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            answered |= status(t) > 0;
        }
        return answered ? new StoreException(StoreException.Kind.REFUSED, "The data store at " + store + " refused the request ("
                + why + ")", failure) : new StoreException("The request to the data store at " + store + " failed (" + why + ")", failure);
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
