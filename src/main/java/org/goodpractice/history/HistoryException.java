package org.goodpractice.history;

/** The history of versions cannot be read or written; the message says where and why. */
public final class HistoryException extends RuntimeException {
    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
