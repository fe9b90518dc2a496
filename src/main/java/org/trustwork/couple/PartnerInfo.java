package org.trustwork.couple;

public record PartnerInfo(long accountId, String displayName, String email) {
}
