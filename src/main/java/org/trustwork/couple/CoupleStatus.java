package org.trustwork.couple;

public enum CoupleStatus {
    ACTIVE("Active"),
    PAUSED("Paused"),
    CLOSED("Closed");

    private final String label;

    CoupleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
