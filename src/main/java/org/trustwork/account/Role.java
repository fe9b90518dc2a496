package org.trustwork.account;

/** What a person does in the clinic; each account has exactly one. */
public enum Role {
    ADMIN("Clinic admin"),
    THERAPIST("Therapist"),
    PARTNER("Partner");

    /** Names for access annotations, which need compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String THERAPIST_NAME = "THERAPIST";
    public static final String PARTNER_NAME = "PARTNER";

    /** Method-security expressions for services; views use the JSR-250 names above with Vaadin's access control. */
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_THERAPIST = "hasRole('THERAPIST')";
    public static final String IS_PARTNER = "hasRole('PARTNER')";
    public static final String IS_THERAPIST_OR_PARTNER = "hasAnyRole('THERAPIST', 'PARTNER')";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
