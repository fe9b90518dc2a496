package org.trustwork.couple;

public record ReminderRecipient(long accountId, String email, String displayName, long coupleId) {
}
