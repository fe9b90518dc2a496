package org.trustwork.safety;

/** What the therapist decided after the individual conversation that follows a positive safety screen. */
public enum FollowUpDecision {
    CONTINUE_JOINT("Continue joint work"),
    CONTINUE_WITH_SAFETY_PLAN("Continue joint work with a safety plan"),
    INDIVIDUAL_ONLY("Individual work only"),
    REFER("Refer to a specialist service");

    private final String label;

    FollowUpDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
