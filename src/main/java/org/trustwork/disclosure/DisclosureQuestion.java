package org.trustwork.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/**
 * One of the hurt partner's questions, from draft to its outcome in the disclosure session. The workflow rules live
 * here; who may call which step is the service's business.
 */
@Entity
@Table(name = "disclosure_question")
class DisclosureQuestion extends AbstractEntity {

    static final int TEXT_MAX = 1000;
    static final int ANSWER_MAX = 4000;
    static final int REASON_MAX = 500;

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Column(name = "question_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 15)
    private QuestionStatus status = QuestionStatus.DRAFT;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "sorted_at")
    private Instant sortedAt;

    @Column(name = "suggested_wording", length = TEXT_MAX)
    private String suggestedWording;

    @Column(name = "release_on")
    private LocalDate releaseOn;

    @Column(name = "answer_text", length = ANSWER_MAX)
    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "outcome", length = 10)
    private Outcome outcome;

    @Column(name = "deferred_to")
    private LocalDate deferredTo;

    @Column(name = "decline_reason", length = REASON_MAX)
    private String declineReason;

    @Column(name = "outcome_at")
    private Instant outcomeAt;

    protected DisclosureQuestion() {
    }

    DisclosureQuestion(long coupleId, long authorAccountId, String text) {
        this.coupleId = coupleId;
        this.authorAccountId = authorAccountId;
        this.text = text.strip();
    }

    /** Released: approved, and its release day has come in the clinic's calendar. Nothing else reaches the involved partner. */
    boolean isReleased(LocalDate today) {
        return status == QuestionStatus.APPROVED && releaseOn != null && !releaseOn.isAfter(today);
    }

    /**
     * The hurt partner may revise a question until its outcome is recorded. A revised question goes back to the
     * therapist to be sorted again, so a released one is taken back from the involved partner until then.
     */
    void revise(String newText) {
        if (status == QuestionStatus.WITHDRAWN) {
            throw new DisclosureException("This question was withdrawn. Write it as a new question instead.");
        }
        if (outcome != null) {
            throw new DisclosureException("This question was already taken up in session. Ask a new question instead.");
        }
        text = newText.strip();
        if (status != QuestionStatus.DRAFT) {
            status = QuestionStatus.SUBMITTED;
            releaseOn = null;
            suggestedWording = null;
        }
    }

    void withdraw() {
        status = QuestionStatus.WITHDRAWN;
        releaseOn = null;
    }

    void submit(Instant now) {
        if (status != QuestionStatus.DRAFT) {
            throw new DisclosureException("This question is already with your therapist.");
        }
        status = QuestionStatus.SUBMITTED;
        submittedAt = now;
    }

    void sort(QuestionStatus sorting, Instant now) {
        if (!sorting.isSorting()) {
            throw new IllegalArgumentException("Not a sorting: " + sorting);
        }
        requireWithTherapist();
        if (outcome != null && sorting != QuestionStatus.APPROVED) {
            throw new DisclosureException("This question was already taken up in session.");
        }
        if (sorting != QuestionStatus.APPROVED) {
            releaseOn = null;
        }
        status = sorting;
        sortedAt = now;
    }

    void suggestWording(String wording) {
        requireWithTherapist();
        suggestedWording = wording == null || wording.isBlank() ? null : wording.strip();
    }

    void release(LocalDate on, LocalDate today) {
        if (status != QuestionStatus.APPROVED) {
            throw new DisclosureException("Only an approved question can be released.");
        }
        if (on.isBefore(today)) {
            throw new DisclosureException("Choose today or a later day to release the question.");
        }
        if (isReleased(today)) {
            throw new DisclosureException("This question is already released.");
        }
        releaseOn = on;
    }

    void answer(String text, Instant now) {
        if (outcome == Outcome.ANSWERED || outcome == Outcome.DECLINED) {
            throw new DisclosureException("This question was already taken up in session; the answer can no longer change.");
        }
        answer = text == null || text.isBlank() ? null : text.strip();
        answeredAt = answer == null ? null : now;
    }

    void mark(Outcome newOutcome, LocalDate deferTo, String reason, Instant now) {
        outcome = newOutcome;
        deferredTo = newOutcome == Outcome.DEFERRED ? deferTo : null;
        declineReason = newOutcome == Outcome.DECLINED ? reason.strip() : null;
        outcomeAt = now;
    }

    private void requireWithTherapist() {
        if (status == QuestionStatus.DRAFT || status == QuestionStatus.WITHDRAWN) {
            throw new DisclosureException("This question is not with you: it is a draft or was withdrawn.");
        }
    }

    long coupleId() {
        return coupleId;
    }

    long authorAccountId() {
        return authorAccountId;
    }

    String text() {
        return text;
    }

    QuestionStatus status() {
        return status;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String suggestedWording() {
        return suggestedWording;
    }

    LocalDate releaseOn() {
        return releaseOn;
    }

    String answerText() {
        return answer;
    }

    Instant answeredAt() {
        return answeredAt;
    }

    Outcome outcome() {
        return outcome;
    }

    LocalDate deferredTo() {
        return deferredTo;
    }

    String declineReason() {
        return declineReason;
    }
}
