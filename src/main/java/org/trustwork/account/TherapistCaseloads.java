package org.trustwork.account;

/** How many couples a therapist looks after; answered by the couple feature, which the account feature cannot see. */
public interface TherapistCaseloads {

    long couplesOf(long therapistAccountId);
}
