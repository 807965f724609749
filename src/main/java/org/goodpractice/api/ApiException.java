package org.goodpractice.api;

/** A request the JSON API cannot answer, with the HTTP status and a message saying what to change. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
