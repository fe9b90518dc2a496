package org.trustwork.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/** The therapist's follow-up of one answered screen: the individual conversation, the decision, a private note. */
@Entity
@Table(name = "safety_follow_up")
class SafetyFollowUp extends AbstractEntity {

    @Column(name = "screen_id", nullable = false, unique = true)
    private long screenId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "decision", nullable = false, length = 30)
    private FollowUpDecision decision;

    @Column(name = "note", length = FollowUpForm.NOTE_MAX)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    protected SafetyFollowUp() {
    }

    SafetyFollowUp(long screenId, LocalDate heldOn, FollowUpDecision decision, String note, long recordedBy) {
        this.screenId = screenId;
        this.heldOn = heldOn;
        this.decision = decision;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    long getScreenId() {
        return screenId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    FollowUpDecision getDecision() {
        return decision;
    }

    String getNote() {
        return note;
    }

    long getRecordedBy() {
        return recordedBy;
    }
}
