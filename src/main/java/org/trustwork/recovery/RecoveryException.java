package org.trustwork.recovery;

/** Something about the couple's story that cannot be done as asked, with a message the person can act on. */
public class RecoveryException extends RuntimeException {

    public RecoveryException(String message) {
        super(message);
    }
}
