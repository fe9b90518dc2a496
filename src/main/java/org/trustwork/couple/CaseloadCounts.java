package org.trustwork.couple;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.TherapistCaseloads;

/** Tells the account feature whether a therapist still has couples, before their role may change. */
@Component
class CaseloadCounts implements TherapistCaseloads {

    private final CoupleRepository couples;

    CaseloadCounts(CoupleRepository couples) {
        this.couples = couples;
    }

    @Override
    @Transactional(readOnly = true)
    public long couplesOf(long therapistAccountId) {
        return couples.countByTherapistId(therapistAccountId);
    }
}
