package org.trustwork.recovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/** A day in a couple's story. {@code privateTo}: the one partner who, with the therapist, may see it; null = both. */
@Entity
@Table(name = "recovery_marker")
class RecoveryMarker extends AbstractEntity {

    static final int NOTE_MAX = 500;

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 30, updatable = false)
    private MarkerKind kind;

    @Column(name = "marked_on", nullable = false)
    private LocalDate day;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "logged_by", nullable = false, updatable = false)
    private long loggedBy;

    @Column(name = "private_to", updatable = false)
    private Long privateTo;

    protected RecoveryMarker() {
    }

    RecoveryMarker(long coupleId, MarkerKind kind, LocalDate day, String note, long loggedBy, Long privateTo) {
        this.coupleId = coupleId;
        this.kind = kind;
        this.day = day;
        this.note = note;
        this.loggedBy = loggedBy;
        this.privateTo = privateTo;
    }

    long getCoupleId() {
        return coupleId;
    }

    MarkerKind getKind() {
        return kind;
    }

    LocalDate getDay() {
        return day;
    }

    String getNote() {
        return note;
    }

    long getLoggedBy() {
        return loggedBy;
    }

    Long getPrivateTo() {
        return privateTo;
    }

    boolean visibleToPartner(long partnerAccountId) {
        return privateTo == null || privateTo == partnerAccountId;
    }
}
