package org.trustwork.audit;

import java.time.Instant;

/**
 * One line of the audit trail as an admin reads it. {@code recordName}: the person (for an account) or the couple the
 * record belongs to, for reading; null where not looked up (the CSV export keeps ids) or no longer there.
 */
public record AuditEntry(long id, Instant occurredAt, AuditKind kind, String actorName, String recordType,
                         Long recordId, Long coupleId, String detail, String remoteAddress, String recordName) {

    static AuditEntry of(AuditEvent e, String recordName) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getKind(), e.getActorName(), e.getRecordType(),
                e.getRecordId(), e.getCoupleId(), e.getDetail(), e.getRemoteAddress(), recordName);
    }
}
