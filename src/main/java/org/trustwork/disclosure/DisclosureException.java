package org.trustwork.disclosure;

/** A step the workflow does not allow at this point; its message is written for the person who tried it. */
public class DisclosureException extends RuntimeException {

    public DisclosureException(String message) {
        super(message);
    }
}
