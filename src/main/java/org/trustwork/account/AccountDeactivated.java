package org.trustwork.account;

/** Published when an admin deactivates an account: the security layer ends that person's open sessions at once. */
public record AccountDeactivated(long accountId) {
}
