package org.goodpractice.web;

/**
 * A page, document or download could not be made within the site's limits (too busy, or too
 * slow); the message says what to do and is shown to the visitor with 503 and {@code Retry-After}.
 */
public final class PageUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PageUnavailableException(String message) {
        super(message);
    }
}
