package org.trustwork.disclosure;

/** The readiness checklist that gates scheduling a disclosure session; every item must be met. */
public enum ReadinessItem {
    SAFETY_SCREEN("Safety screen followed up"),
    CONTACT_ENDED("Contact with the affair partner has ended"),
    NO_ACUTE_RISK("No acute risk to either partner"),
    SUPPORT_IN_PLACE("Support in place for both partners");

    private final String label;

    ReadinessItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
