package org.trustwork.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.trustwork.base.domain.AbstractEntity;

/** One time the homework is to be done, by a due date; done once it has a completion. */
@Entity
@Table(name = "homework_occurrence")
public class HomeworkOccurrence extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false)
    private HomeworkAssignment assignment;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private Long completedBy;

    protected HomeworkOccurrence() {
    }

    HomeworkOccurrence(HomeworkAssignment assignment, LocalDate dueDate, int sequenceNo) {
        this.assignment = assignment;
        this.dueDate = dueDate;
        this.sequenceNo = sequenceNo;
    }

    void complete(Instant when, long partnerAccountId) {
        if (completedAt == null) {
            completedAt = when;
            completedBy = partnerAccountId;
        }
    }

    void undo() {
        completedAt = null;
        completedBy = null;
    }

    public HomeworkAssignment getAssignment() {
        return assignment;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Long getCompletedBy() {
        return completedBy;
    }

    public boolean isDone() {
        return completedAt != null;
    }
}
