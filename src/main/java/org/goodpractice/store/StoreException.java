package org.goodpractice.store;

/** A store refused or failed an operation; the message says what to do instead. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
