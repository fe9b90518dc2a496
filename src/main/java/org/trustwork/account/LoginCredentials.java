package org.trustwork.account;

/** What sign-in needs to check a password; only the security package asks for it. */
public record LoginCredentials(long accountId, String email, String displayName, String passwordHash, Role role,
                               boolean enabled) {
}
