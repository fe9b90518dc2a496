package org.trustwork.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trustwork.account.PasswordResetRequested;

/** Puts every "Forgot password?" request into the audit trail, under the address typed (nobody is signed in). */
@Component
class PasswordResetAuditor {

    private final AuditLog audit;

    PasswordResetAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(PasswordResetRequested request) {
        audit.recordFor(AuditKind.ACCOUNT_CHANGE, request.accountId(), request.typedEmail(),
                request.accountId() == null ? AuditTarget.NONE : AuditTarget.account(request.accountId()),
                request.detail());
    }
}
