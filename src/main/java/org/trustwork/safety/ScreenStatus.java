package org.trustwork.safety;

/** Where one partner's safety screen stands, as their therapist sees it. */
public enum ScreenStatus {
    WAITING("waiting"),
    NO_FOLLOW_UP_NEEDED("done, no follow-up needed"),
    NEEDS_FOLLOW_UP("needs follow-up"),
    FOLLOWED_UP("done, followed up");

    private final String label;

    ScreenStatus(String label) {
        this.label = label;
    }

    /** "waiting", "done, no follow-up needed", ...: shown after "Safety screen: ". */
    public String label() {
        return label;
    }
}
