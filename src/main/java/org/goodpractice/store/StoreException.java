package org.goodpractice.store;

import static java.util.Objects.requireNonNull;

/** A store refused or failed an operation; the message says what to do instead, the {@link Kind} whose doing it is. */
public final class StoreException extends RuntimeException {
    /** Why an operation did not happen, so that a caller can answer its own client accordingly. */
    public enum Kind {
        /** The operation cannot be done as asked (or the store cannot do it as configured). */
        FAILED,
        /** A remote store answered the request with a refusal of its own (the data, or the request, is not acceptable to it). */
        REFUSED,
        /** Another writer changed what the operation read while it ran; sending it again may succeed. */
        CONFLICT,
        /** The store could not be reached, or did not answer in time; it may answer later. */
        UNREACHABLE
    }

    private final Kind kind;

    public StoreException(String message) {
        this(Kind.FAILED, message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(Kind.FAILED, message, cause);
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
