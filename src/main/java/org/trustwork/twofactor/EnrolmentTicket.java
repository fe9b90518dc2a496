package org.trustwork.twofactor;

import java.io.Serializable;
import java.time.Instant;

/**
 * A new authenticator secret between "set up" and the first correct code. It lives only in the server-side
 * screen that shows it; nothing is stored until the code proves the app has it.
 */
public record EnrolmentTicket(long accountId, String secret, String otpauthUri, Instant issuedAt) implements Serializable {

    /** The secret in groups of four, easier to type into an app by hand. */
    public String secretForTyping() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
