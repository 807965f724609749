package org.goodpractice.sparql;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.eclipse.jetty.http.HttpStatus;
import org.goodpractice.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to an admin write the store did not make, by whose doing it was: 409 when another
 * writer changed what it read, 400 when the store refused it or it cannot be done, 503 when the
 * store could not be reached (logged in one line, as the client cannot fix it). The message is
 * the store's, never a stack trace.
 */
final class StoreRefusals {
    private static final Logger LOG = LoggerFactory.getLogger(StoreRefusals.class);

    private StoreRefusals() {
    }

    /** Begins the write transaction of {@code action}, which on a remote store asks it its version first. */
    static void beginWrite(HttpAction action, String write) {
        try {
            action.beginWrite();
        } catch (StoreException e) {
            throw refusal(e, write);
        }
    }

    /** The error to throw for {@code failure} of a {@code write} ("update", "write"): Fuseki answers it with its status and message. */
    static ActionErrorException refusal(StoreException failure, String write) {
        return switch (failure.kind()) {
            case CONFLICT -> new ActionErrorException(HttpStatus.CONFLICT_409, failure.getMessage(), null);
            case UNREACHABLE -> {
                LOG.warn("Admin {} not made: {}", write, failure.getMessage());
                yield new ActionErrorException(HttpStatus.SERVICE_UNAVAILABLE_503, failure.getMessage(), null);
            }
            case REFUSED, FAILED -> new ActionErrorException(HttpStatus.BAD_REQUEST_400, "The " + write
                    + " failed and nothing was changed: " + failure.getMessage(), null);
        };
    }
}
