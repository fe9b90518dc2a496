package org.trustwork.session;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.AccessPolicy;
import org.trustwork.security.CurrentUser;

/** Loads a session only for someone who may see it: the couple's therapist (partners never see a live session). */
@Component
class SessionAccess {

    private final SessionRepository sessions;
    private final CoupleService couples;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;

    SessionAccess(SessionRepository sessions, CoupleService couples, AccessPolicy accessPolicy,
                  CurrentUser currentUser) {
        this.sessions = sessions;
        this.couples = couples;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
    }

    TherapySession sessionForTherapist(long sessionId) {
        TherapySession session = sessions.findWithAgenda(sessionId).orElseThrow(SessionAccess::notYours);
        requireCoupleForTherapist(session.getCouple().getId());
        return session;
    }

    /** The couple of a session in the caller's care, without loading the session: for the notes' frequent saves. */
    long coupleOfSessionForTherapist(long sessionId) {
        long coupleId = sessions.findCoupleId(sessionId).orElseThrow(SessionAccess::notYours);
        requireCoupleForTherapist(coupleId);
        return coupleId;
    }

    void requireCoupleForTherapist(long coupleId) {
        accessPolicy.requireMayViewCouple(couples.careTeam(coupleId));
    }

    long me() {
        return currentUser.accountId();
    }

    static AccessDeniedException notYours() {
        return new AccessDeniedException("This session is not in your care");
    }
}
