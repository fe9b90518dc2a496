package org.trustwork.disclosure;

/** Where a hurt partner's question stands. Only {@link #APPROVED} with a release date that has come is ever shown to the involved partner. */
public enum QuestionStatus {
    DRAFT("Draft — only you can see it"),
    SUBMITTED("With your therapist"),
    APPROVED("Approved"),
    DISCUSS_FIRST("To talk through with your therapist first"),
    HELD("On hold for now"),
    WITHDRAWN("Withdrawn");

    private final String label;

    QuestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The therapist's three sortings. */
    public boolean isSorting() {
        return this == APPROVED || this == DISCUSS_FIRST || this == HELD;
    }
}
