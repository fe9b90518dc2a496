package org.trustwork.practice;

/** The three stages of affair recovery the catalogue is organised by. */
public enum Phase {
    ATONEMENT("Atonement", "Responsibility, honesty and being heard"),
    ATTUNEMENT("Attunement", "Reconnecting and learning to talk again"),
    ATTACHMENT("Attachment", "Recommitment and a shared future");

    private final String label;
    private final String description;

    Phase(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
