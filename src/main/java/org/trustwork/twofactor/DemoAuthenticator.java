package org.trustwork.twofactor;

import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.base.DemoClinicOnly;

/**
 * Demo clinic only: staff get a published authenticator key so the demo can be tried with any authenticator app.
 * Setting a known key on an account is never something a clinic's own installation may do, so this bean does not
 * exist there (it used to be a public method of {@link TwoFactorService}).
 */
@Service
@DemoClinicOnly
public class DemoAuthenticator {

    private final TwoFactorRepository apps;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final Clock clock;

    DemoAuthenticator(TwoFactorRepository apps, SecretCipher cipher, AuditLog auditLog, Clock clock) {
        this.apps = apps;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Sets up (or replaces) the account's authenticator with the given Base32 key; no code used yet. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void enrolWithKnownSecret(long accountId, String base32Secret) {
        String sealed = cipher.seal(base32Secret);
        apps.findByAccountId(accountId).ifPresentOrElse(app -> app.replace(sealed, clock.instant(), null),
                () -> apps.save(new TwoFactor(accountId, sealed, clock.instant(), null)));
        auditLog.record(AuditKind.ACCOUNT_CHANGE, AuditTarget.account(accountId),
                "Two-factor sign-in set up with the published demo secret");
    }
}
