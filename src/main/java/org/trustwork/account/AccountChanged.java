package org.trustwork.account;

/**
 * Published, inside the changing transaction, for every change an admin makes to an account and for a password
 * chosen through a link; the audit log records it. {@code bySubject}: the account's owner acted (no one was
 * signed in), rather than the signed-in admin.
 */
public record AccountChanged(long accountId, String accountEmail, String detail, boolean bySubject) {
}
