package org.trustwork.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.trustwork.account.AccountChanged;

/** Writes account changes into the audit log, in the transaction that made them (the account package cannot see the log). */
@Component
class AccountChangeAuditor {

    private final AuditLog audit;

    AccountChangeAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountChanged change) {
        AuditTarget target = AuditTarget.account(change.accountId());
        if (change.bySubject()) {
            audit.recordFor(AuditKind.ACCOUNT_CHANGE, change.accountId(), change.accountEmail(), target, change.detail());
        } else {
            audit.record(AuditKind.ACCOUNT_CHANGE, target, change.detail());
        }
    }
}
