package org.trustwork.homework;

import org.trustwork.base.domain.HasText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.trustwork.practice.Cadence;

/** What a therapist fills in to assign homework; starts from the practice's default exercise. */
public class NewHomework {

    @NotNull(message = "Choose a practice")
    private Long practiceId;

    private Long sessionId;

    /** Null means both partners, together. */
    private Long assigneeAccountId;

    @HasText(message = "Give the homework a short title")
    @Size(max = HomeworkAssignment.TITLE_MAX, message = "Use at most " + HomeworkAssignment.TITLE_MAX + " characters")
    private String title = "";

    @HasText(message = "Write what to do")
    @Size(max = HomeworkAssignment.INSTRUCTIONS_MAX,
            message = "Use at most " + HomeworkAssignment.INSTRUCTIONS_MAX + " characters")
    private String instructions = "";

    @Size(max = HomeworkAssignment.NOTE_MAX, message = "Use at most " + HomeworkAssignment.NOTE_MAX + " characters")
    private String noteToPartners = "";

    @NotNull
    private Cadence cadence = Cadence.ONCE;

    @Min(value = 1, message = "At least once a week")
    @Max(value = 7, message = "At most 7 times a week")
    private int timesPerWeek = 1;

    /** Only for recurring homework; a one-off assignment starts the day it is given. */
    private LocalDate startDate;

    @NotNull(message = "Choose a date")
    private LocalDate endDate;

    @AssertTrue(message = "Choose the first day")
    public boolean isStartDateGivenWhenRecurring() {
        return cadence == Cadence.ONCE || startDate != null;
    }

    @AssertTrue(message = "The end date must be on or after the first day, and at most "
            + HomeworkSchedule.MAX_WEEKS + " weeks later")
    public boolean isDateRangeSensible() {
        return startDate == null || endDate == null
                || !endDate.isBefore(startDate) && !endDate.isAfter(startDate.plusWeeks(HomeworkSchedule.MAX_WEEKS));
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public void setPracticeId(Long practiceId) {
        this.practiceId = practiceId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public Long getAssigneeAccountId() {
        return assigneeAccountId;
    }

    public void setAssigneeAccountId(Long assigneeAccountId) {
        this.assigneeAccountId = assigneeAccountId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getNoteToPartners() {
        return noteToPartners;
    }

    public void setNoteToPartners(String noteToPartners) {
        this.noteToPartners = noteToPartners;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public int getTimesPerWeek() {
        return timesPerWeek;
    }

    public void setTimesPerWeek(int timesPerWeek) {
        this.timesPerWeek = timesPerWeek;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
