package org.trustwork.disclosure;

/** How a released question went in the disclosure session. */
public enum Outcome {
    ANSWERED("Answered"),
    DEFERRED("Deferred"),
    DECLINED("Declined");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
