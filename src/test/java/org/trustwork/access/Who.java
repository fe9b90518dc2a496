package org.trustwork.access;

import org.trustwork.DemoClinic;

/**
 * The people the access matrix tries every route and service method as. "Owning" means: of the couple
 * whose records the matrix uses (Maya &amp; Tom, in Dr Rivera's care); the others belong elsewhere.
 */
enum Who {
    ANONYMOUS(null),
    ADMIN(DemoClinic.ADMIN),
    OWNING_THERAPIST(DemoClinic.RIVERA),
    OTHER_THERAPIST(DemoClinic.OKAFOR),
    PARTNER(DemoClinic.MAYA),
    /** Maya's partner Tom: same couple, but not the author or assignee of Maya's things. */
    THE_OTHER_PARTNER(DemoClinic.TOM),
    OTHER_COUPLES_PARTNER(DemoClinic.CHRIS);

    final String email;

    Who(String email) {
        this.email = email;
    }
}
