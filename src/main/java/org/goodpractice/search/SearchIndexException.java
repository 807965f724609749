package org.goodpractice.search;

/** The search index could not be opened, updated or closed; the message says what to do. */
public final class SearchIndexException extends RuntimeException {
    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
