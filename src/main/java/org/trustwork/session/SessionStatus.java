package org.trustwork.session;

public enum SessionStatus {
    PLANNED("Planned"),
    LIVE("Live"),
    PAUSED("Paused"),
    ENDED("Ended");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isRunningOrPaused() {
        return this == LIVE || this == PAUSED;
    }
}
