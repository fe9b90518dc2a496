package org.trustwork.session;

/** An action that does not fit the session's state, with a message a therapist can act on. */
public class SessionStateException extends RuntimeException {

    public SessionStateException(String message) {
        super(message);
    }
}
