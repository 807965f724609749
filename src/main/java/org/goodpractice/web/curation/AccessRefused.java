package org.goodpractice.web.curation;

/** A curation request refused (403 wrong role or stale form, 409 a step the state does not allow, 429 throttled); answered with a page saying why. */
public final class AccessRefused extends RuntimeException {
    private final int status;

    public AccessRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
