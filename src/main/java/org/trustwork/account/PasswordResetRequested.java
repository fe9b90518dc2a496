package org.trustwork.account;

/**
 * Someone asked for a password reset link on the sign-in page: for the audit trail. {@code accountId} is null when
 * no active account uses the typed address; {@code typedEmail} is what was typed, normalised.
 */
public record PasswordResetRequested(Long accountId, String typedEmail, String detail) {
}
