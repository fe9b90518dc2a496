package org.trustwork.progress;

/** A request the person can correct, with a message written for them. */
public class ProgressException extends RuntimeException {

    public ProgressException(String message) {
        super(message);
    }
}
