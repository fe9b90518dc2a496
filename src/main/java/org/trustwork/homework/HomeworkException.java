package org.trustwork.homework;

/** A homework action that cannot be done now, with a message a partner can act on. */
public class HomeworkException extends RuntimeException {

    public HomeworkException(String message) {
        super(message);
    }
}
