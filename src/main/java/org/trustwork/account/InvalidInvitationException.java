package org.trustwork.account;

/** One message for every link that does not work, so a link's state tells nobody anything. */
public class InvalidInvitationException extends RuntimeException {

    public InvalidInvitationException() {
        super("This link no longer works. Links work once, for 48 hours. Ask your clinic for a new one.");
    }
}
