package org.trustwork.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public static final int DETAIL_MAX = 500;
    public static final int ACTOR_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private AuditKind kind;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_name", length = ACTOR_MAX)
    private String actorName;

    @Column(name = "record_type", length = 40)
    private String recordType;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "couple_id")
    private Long coupleId;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditKind kind, Long actorAccountId, String actorName, AuditTarget target,
            String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actorAccountId = actorAccountId;
        this.actorName = clip(actorName, ACTOR_MAX);
        this.recordType = target.recordType();
        this.recordId = target.recordId();
        this.coupleId = target.coupleId();
        this.detail = clip(detail, DETAIL_MAX);
        this.remoteAddress = clip(remoteAddress, 64);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditKind getKind() {
        return kind;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
