package org.trustwork.safety;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The therapist's follow-up of a safety screen, as typed into the follow-up dialog. */
public class FollowUpForm {

    public static final int NOTE_MAX = 4000;

    @NotNull(message = "Give the date of the individual conversation")
    @PastOrPresent(message = "The conversation must already have taken place")
    private LocalDate heldOn;

    @NotNull(message = "Choose how the work goes on")
    private FollowUpDecision decision;

    @Size(max = NOTE_MAX, message = "At most " + NOTE_MAX + " characters")
    private String note;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public FollowUpDecision getDecision() {
        return decision;
    }

    public void setDecision(FollowUpDecision decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
