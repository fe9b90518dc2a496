package org.trustwork.account;

/** Published when an admin unlocks an account: sign-in throttling forgets the account's failed attempts. */
public record AccountUnlocked(long accountId) {
}
