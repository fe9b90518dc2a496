package org.trustwork.account;

/**
 * Published when the address an account signs in with changes: sessions opened under the old address are ended
 * (the security layer listens), so the person signs in again with the new one everywhere.
 */
public record AccountSignInChanged(long accountId) {
}
