package org.trustwork.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A password that was right, waiting for the second factor. Kept in the HTTP session while the person
 * is still signed out: nothing but the code page can be reached with it.
 */
public record PendingSignIn(long accountId, String email, Instant passwordCheckedAt) implements Serializable {

    public static final String SESSION_ATTRIBUTE = PendingSignIn.class.getName();
}
