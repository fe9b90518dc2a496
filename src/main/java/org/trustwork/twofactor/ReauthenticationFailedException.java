package org.trustwork.twofactor;

/** The password or code given to confirm a sensitive change was wrong (or attempts are paused). */
public class ReauthenticationFailedException extends RuntimeException {

    public ReauthenticationFailedException() {
        super("That password or code is not right");
    }
}
