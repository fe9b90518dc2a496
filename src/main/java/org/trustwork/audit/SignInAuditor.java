package org.trustwork.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.trustwork.security.LoginThrottledException;
import org.trustwork.security.TrustworkUser;

/** Puts every sign-in, failed sign-in and sign-out into the audit trail. */
@Component
class SignInAuditor {

    private final AuditLog auditLog;

    SignInAuditor(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TrustworkUser user) {
            auditLog.recordFor(AuditKind.SIGN_IN, user.accountId(), user.getUsername(),
                    AuditTarget.account(user.accountId()), "Signed in");
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        // The name as typed; never the password, and no hint whether the account exists.
        String detail = event.getException() instanceof LoginThrottledException ? "throttled"
                : "Sign-in refused: " + event.getException().getClass().getSimpleName();
        auditLog.recordFor(AuditKind.SIGN_IN_FAILED, null, event.getAuthentication().getName(), AuditTarget.NONE,
                detail);
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof TrustworkUser user) {
            auditLog.recordFor(AuditKind.SIGN_OUT, user.accountId(), user.getUsername(),
                    AuditTarget.account(user.accountId()), "Signed out");
        }
    }
}
