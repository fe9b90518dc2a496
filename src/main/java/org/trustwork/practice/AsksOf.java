package org.trustwork.practice;

/** Whom a practice mainly asks something of. */
public enum AsksOf {
    INVOLVED_PARTNER("Partner who broke trust"),
    HURT_PARTNER("Hurt partner"),
    BOTH("Both partners");

    private final String label;

    AsksOf(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
