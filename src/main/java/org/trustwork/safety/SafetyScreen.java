package org.trustwork.safety;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trustwork.base.domain.AbstractEntity;

/**
 * One request of the safety screen to one partner, and that partner's answers once given. The answers belong to
 * that partner and their therapist; nothing here is ever shown to, sent to or exported for the other partner.
 */
@Entity
@Table(name = "safety_screen")
class SafetyScreen extends AbstractEntity {

    @Column(name = "couple_id", nullable = false)
    private long coupleId;

    @Column(name = "partner_account_id", nullable = false)
    private long partnerAccountId;

    @Column(name = "instrument", nullable = false, length = 40)
    private String instrument;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    /** The therapist who asked again; empty for the first request, which every partner gets. */
    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "positive")
    private Boolean positive;

    @ElementCollection
    @CollectionTable(name = "safety_screen_answer", joinColumns = @JoinColumn(name = "screen_id"))
    @MapKeyColumn(name = "item_key", length = 40)
    @Column(name = "answer", nullable = false)
    private Map<String, Boolean> answers = new LinkedHashMap<>();

    protected SafetyScreen() {
    }

    SafetyScreen(long coupleId, long partnerAccountId, String instrument, Instant requestedAt, Long requestedBy) {
        this.coupleId = coupleId;
        this.partnerAccountId = partnerAccountId;
        this.instrument = instrument;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    void answer(Map<String, Boolean> given, boolean positive, Instant at) {
        answers.clear();
        answers.putAll(given);
        this.positive = positive;
        this.answeredAt = at;
    }

    long getCoupleId() {
        return coupleId;
    }

    long getPartnerAccountId() {
        return partnerAccountId;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    boolean isPositive() {
        return Boolean.TRUE.equals(positive);
    }

    Map<String, Boolean> getAnswers() {
        return answers;
    }
}
