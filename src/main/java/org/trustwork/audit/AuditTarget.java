package org.trustwork.audit;

/**
 * Which record an audit entry is about. The couple id, when known, lets the trail of one couple be
 * found (and exported with the couple's data) without joining every record type.
 */
public record AuditTarget(String recordType, Long recordId, Long coupleId) {

    public static final AuditTarget NONE = new AuditTarget(null, null, null);

    public static AuditTarget couple(long coupleId) {
        return new AuditTarget("couple", coupleId, coupleId);
    }

    public static AuditTarget account(long accountId) {
        return new AuditTarget("account", accountId, null);
    }

    /** A record that belongs to a couple, e.g. {@code of("session", 12, 3)}. */
    public static AuditTarget of(String recordType, long recordId, Long coupleId) {
        return new AuditTarget(recordType, recordId, coupleId);
    }
}
