package org.trustwork.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trustwork.base.domain.AbstractEntity;

/** A questionnaire the therapist asked both partners to answer; open until each has answered or it is withdrawn. */
@Entity
@Table(name = "measure_request")
class MeasureRequest extends AbstractEntity {

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private long measureId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** The one partner asked, or null when both are. */
    @Column(name = "for_partner_id", updatable = false)
    private Long forPartnerId;

    protected MeasureRequest() {
    }

    MeasureRequest(long coupleId, long measureId, long requestedBy, Instant requestedAt) {
        this.coupleId = coupleId;
        this.measureId = measureId;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    MeasureRequest(long coupleId, long measureId, long requestedBy, Instant requestedAt, Long forPartnerId) {
        this(coupleId, measureId, requestedBy, requestedAt);
        this.forPartnerId = forPartnerId;
    }

    Long getForPartnerId() {
        return forPartnerId;
    }

    boolean isFor(long partnerAccountId) {
        return forPartnerId == null || forPartnerId == partnerAccountId;
    }

    int askedOf() {
        return forPartnerId == null ? 2 : 1;
    }

    void cancel(Instant at) {
        if (cancelledAt == null) {
            cancelledAt = at;
        }
    }

    long getCoupleId() {
        return coupleId;
    }

    long getMeasureId() {
        return measureId;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getCancelledAt() {
        return cancelledAt;
    }
}
