package org.goodpractice.curation;

/** A curation step was refused (wrong role, wrong state, bad account data); the message says why. */
public final class CurationException extends RuntimeException {
    public CurationException(String message) {
        super(message);
    }
}
