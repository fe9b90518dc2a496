package org.trustwork.audit;

import java.time.Instant;

/** One line of the audit trail as an admin reads it. */
public record AuditEntry(long id, Instant occurredAt, AuditKind kind, String actorName, String recordType,
                         Long recordId, Long coupleId, String detail, String remoteAddress) {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getKind(), e.getActorName(), e.getRecordType(),
                e.getRecordId(), e.getCoupleId(), e.getDetail(), e.getRemoteAddress());
    }
}
