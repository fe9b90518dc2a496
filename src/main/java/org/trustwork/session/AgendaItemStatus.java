package org.trustwork.session;

public enum AgendaItemStatus {
    PENDING("To do"),
    CURRENT("Now"),
    DONE("Done"),
    SKIPPED("Skipped"),
    /** Not reached when the session ended; offered again in the couple's next session. */
    CARRIED("Carried over");

    private final String label;

    AgendaItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
