package org.trustwork.recovery;

/** The days that changed things in a couple's recovery, as a marker on their timeline and charts. */
public enum MarkerKind {
    DISCOVERY_DAY("Discovery day", false, true),
    DISCLOSURE_SESSION("Disclosure session", false, true),
    NEW_DISCLOSURE("New or late disclosure", false, true),
    /** Private to the partner who logs it (and the therapist) unless they choose otherwise. */
    TRIGGER("Trigger episode", true, false),
    SEPARATION("Separation", false, true),
    NO_CONTACT_LETTER("No-contact letter sent", false, true),
    /** Always private to the partner who logs it and the therapist, and an alert for the therapist. */
    AFFAIR_PARTNER_CONTACT("Contact from the affair partner", true, false);

    private final String label;
    private final boolean privateByDefault;
    private final boolean therapistMayLog;

    MarkerKind(String label, boolean privateByDefault, boolean therapistMayLog) {
        this.label = label;
        this.privateByDefault = privateByDefault;
        this.therapistMayLog = therapistMayLog;
    }

    public String label() {
        return label;
    }

    public boolean privateByDefault() {
        return privateByDefault;
    }

    /** Kinds a therapist logs for the couple, seen by both partners; triggers and contact are a partner's own. */
    public boolean therapistMayLog() {
        return therapistMayLog;
    }

    /** Contact from the affair partner is never shared with the other partner, whatever was chosen. */
    public boolean alwaysPrivate() {
        return this == AFFAIR_PARTNER_CONTACT;
    }
}
