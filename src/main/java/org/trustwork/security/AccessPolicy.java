package org.trustwork.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may the signed-in person see this couple's record?".
 * Services ask it before returning clinical data; the role annotations on services only say
 * what kind of person may call, not whose record it is.
 */
@Component
public class AccessPolicy {

    private final CurrentUser currentUser;
    private final ObjectProvider<EmergencyAccessCheck> emergencyAccess;

    AccessPolicy(CurrentUser currentUser, ObjectProvider<EmergencyAccessCheck> emergencyAccess) {
        this.currentUser = currentUser;
        this.emergencyAccess = emergencyAccess;
    }

    public boolean mayViewCouple(CareTeam team) {
        return currentUser.get().map(user -> switch (user.role()) {
            case THERAPIST -> team.therapistAccountId() == user.accountId() || coveringInEmergency(user, team);
            case PARTNER -> team.partnerAccountIds().contains(user.accountId());
            // Admins run accounts; they do not read therapy records.
            case ADMIN -> false;
        }).orElse(false);
    }

    /** Another therapist with a current, unexpired emergency grant for this couple (granted by an admin). */
    private boolean coveringInEmergency(TrustworkUser user, CareTeam team) {
        EmergencyAccessCheck check = emergencyAccess.getIfAvailable();
        return team.coupleId() != null && check != null && check.hasActiveGrant(user.accountId(), team.coupleId());
    }

    public void requireMayViewCouple(CareTeam team) {
        if (!mayViewCouple(team)) {
            throw new AccessDeniedException("This couple is not in your care");
        }
    }
}
