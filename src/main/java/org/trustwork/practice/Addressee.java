package org.trustwork.practice;

/**
 * Whom one session prompt is put to. A therapist reading prompts aloud mid-session needs to see at a glance which
 * partner a question is for: a question meant for the hurt partner, asked of the other, can land as blame.
 */
public enum Addressee {
    HURT_PARTNER("Hurt partner", "For the hurt partner"),
    INVOLVED_PARTNER("Partner who broke trust", "For the partner who broke trust"),
    BOTH("Both", "For both partners");

    private final String label;
    private final String longLabel;

    Addressee(String label, String longLabel) {
        this.label = label;
        this.longLabel = longLabel;
    }

    /** Short, for a chip next to the prompt. */
    public String label() {
        return label;
    }

    /** Whole, for screen readers and exports. */
    public String longLabel() {
        return longLabel;
    }
}
