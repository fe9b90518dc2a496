package org.trustwork.account;

import java.time.Instant;

/** What an admin sees of an account: never its password hash. */
public record AccountSummary(long id, String email, String displayName, Role role, boolean enabled,
                             Instant createdAt, Instant lastLoginAt) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRole(), account.isEnabled(), account.getCreatedAt(), account.getLastLoginAt());
    }
}
