package org.trustwork.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.trustwork.base.domain.AbstractEntity;

/**
 * One partner's answers to a measure. The therapist always sees them; the other partner only when the
 * answering partner has chosen to share them.
 */
@Entity
@Table(name = "measure_response")
class MeasureResponse extends AbstractEntity {

    static final int NOTE_MAX = 500;

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Column(name = "measure_id", nullable = false, updatable = false)
    private long measureId;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "partner_account_id", nullable = false, updatable = false)
    private long partnerAccountId;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "answered_on", nullable = false)
    private LocalDate answeredOn;

    @Column(name = "total_score", nullable = false)
    private double totalScore;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Column(name = "shared_with_partner", nullable = false)
    private boolean sharedWithPartner;

    /** Item key to the position chosen, as the partner saw the scale (before any reverse scoring). */
    @ElementCollection
    @CollectionTable(name = "measure_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item_key", length = 40)
    @Column(name = "answer_value", nullable = false)
    private Map<String, Integer> answers = new HashMap<>();

    protected MeasureResponse() {
    }

    MeasureResponse(long coupleId, long measureId, Long requestId, long partnerAccountId) {
        this.coupleId = coupleId;
        this.measureId = measureId;
        this.requestId = requestId;
        this.partnerAccountId = partnerAccountId;
    }

    void answer(Map<String, Integer> positions, double total, String note, boolean shared, Instant at, LocalDate day) {
        answers.clear();
        answers.putAll(positions);
        this.totalScore = total;
        this.note = note;
        this.sharedWithPartner = shared;
        this.answeredAt = at;
        this.answeredOn = day;
    }

    void share(boolean shared) {
        this.sharedWithPartner = shared;
    }

    long getCoupleId() {
        return coupleId;
    }

    long getMeasureId() {
        return measureId;
    }

    Long getRequestId() {
        return requestId;
    }

    long getPartnerAccountId() {
        return partnerAccountId;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    double getTotalScore() {
        return totalScore;
    }

    String getNote() {
        return note;
    }

    boolean isSharedWithPartner() {
        return sharedWithPartner;
    }

    Map<String, Integer> getAnswers() {
        return answers;
    }
}
