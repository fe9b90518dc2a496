package org.trustwork.security;

import org.trustwork.account.Role;

/**
 * The second sign-in step, as the security layer sees it. Implemented outside this package (two-factor
 * enrolment is audited, and the audit trail depends on this package, not the other way round).
 */
public interface SecondFactor {

    /** Whether the account has a confirmed authenticator app and must enter a code after its password. */
    boolean isEnrolled(long accountId);

    /** Whether people in this role must set up two-factor sign-in before they can use Trustwork. */
    boolean isRequired(Role role);

    /** Checks a six-digit code or an unused recovery code (which is then used up). */
    boolean verify(long accountId, String code);
}
