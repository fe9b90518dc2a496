package org.trustwork.account;

/** A second account with the same login would make sign-in ambiguous. */
public class EmailAlreadyInUseException extends RuntimeException {

    public EmailAlreadyInUseException(String email) {
        super("An account with the e-mail address " + email + " already exists.");
    }
}
