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
import org.trustwork.practice.Phase;

/** The couple's phase from a day on, as their therapist set it. */
@Entity
@Table(name = "couple_phase")
class CouplePhase extends AbstractEntity {

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "phase", nullable = false, length = 12)
    private Phase phase;

    @Column(name = "since", nullable = false, updatable = false)
    private LocalDate since;

    @Column(name = "set_by", nullable = false)
    private long setBy;

    protected CouplePhase() {
    }

    CouplePhase(long coupleId, LocalDate since) {
        this.coupleId = coupleId;
        this.since = since;
    }

    void set(Phase phase, long setBy) {
        this.phase = phase;
        this.setBy = setBy;
    }

    long getCoupleId() {
        return coupleId;
    }

    Phase getPhase() {
        return phase;
    }

    LocalDate getSince() {
        return since;
    }

    long getSetBy() {
        return setBy;
    }
}
