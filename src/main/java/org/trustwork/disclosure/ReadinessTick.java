package org.trustwork.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/** One checklist item the therapist ticked, with the day; unticking deletes it. */
@Entity
@Table(name = "disclosure_readiness")
class ReadinessTick extends AbstractEntity {

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item", nullable = false, length = 20)
    private ReadinessItem item;

    @Column(name = "ticked_on", nullable = false)
    private LocalDate tickedOn;

    @Column(name = "ticked_by", nullable = false)
    private long tickedBy;

    protected ReadinessTick() {
    }

    ReadinessTick(long coupleId, ReadinessItem item, LocalDate tickedOn, long tickedBy) {
        this.coupleId = coupleId;
        this.item = item;
        this.tickedOn = tickedOn;
        this.tickedBy = tickedBy;
    }

    ReadinessItem item() {
        return item;
    }

    LocalDate tickedOn() {
        return tickedOn;
    }
}
