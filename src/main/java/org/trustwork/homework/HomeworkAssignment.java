package org.trustwork.homework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;
import org.trustwork.practice.Cadence;

/** Homework a therapist set for a couple, for both partners together or for one of them. */
@Entity
@Table(name = "homework_assignment")
public class HomeworkAssignment extends AbstractEntity {

    public static final int TITLE_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 2000;
    public static final int NOTE_MAX = 1000;

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private long practiceId;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private long assignedBy;

    /** One partner's account, or null when the couple does it together. */
    @Column(name = "assignee_account_id", updatable = false)
    private Long assigneeAccountId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "instructions", nullable = false, length = INSTRUCTIONS_MAX)
    private String instructions;

    @Column(name = "note_to_partners", length = NOTE_MAX)
    private String noteToPartners;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "cadence", nullable = false, length = 10)
    private Cadence cadence;

    @Column(name = "times_per_week", nullable = false)
    private int timesPerWeek;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, sequenceNo")
    private List<HomeworkOccurrence> occurrences = new ArrayList<>();

    protected HomeworkAssignment() {
    }

    HomeworkAssignment(long coupleId, long practiceId, Long sessionId, long assignedBy, Long assigneeAccountId,
                       String title, String instructions, String noteToPartners, Cadence cadence, int timesPerWeek,
                       LocalDate startDate, LocalDate endDate) {
        this.coupleId = coupleId;
        this.practiceId = practiceId;
        this.sessionId = sessionId;
        this.assignedBy = assignedBy;
        this.assigneeAccountId = assigneeAccountId;
        this.title = title;
        this.instructions = instructions;
        this.noteToPartners = noteToPartners;
        this.cadence = cadence;
        this.timesPerWeek = cadence == Cadence.WEEKLY ? timesPerWeek : 1;
        this.startDate = startDate;
        this.endDate = endDate;
        HomeworkSchedule.dueDates(cadence, this.timesPerWeek, startDate, endDate)
                .forEach(due -> occurrences.add(new HomeworkOccurrence(this, due.date(), due.sequence())));
    }

    /** Whether this partner is asked to do it: pair homework asks both. */
    boolean isFor(long partnerAccountId) {
        return assigneeAccountId == null || assigneeAccountId == partnerAccountId;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getAssigneeAccountId() {
        return assigneeAccountId;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public String getNoteToPartners() {
        return noteToPartners;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public int getTimesPerWeek() {
        return timesPerWeek;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public List<HomeworkOccurrence> getOccurrences() {
        return occurrences;
    }
}
