package org.trustwork.twofactor;

import com.vaadin.flow.server.VaadinRequest;
import org.trustwork.base.TrustworkProperties;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.AccountService;
import org.trustwork.account.LoginCredentials;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.security.CurrentUser;
import org.trustwork.security.LoginThrottling;
import org.trustwork.security.SecondFactor;
import org.trustwork.security.TrustworkUser;

/**
 * Two-factor sign-in with an authenticator app (TOTP) and ten one-time recovery codes. Required for admins
 * and (unless the clinic relaxes it) therapists, optional for partners. Every change to it first asks
 * for the password, plus a code once an app is set up, and is written to the audit trail.
 */
@Service
public class TwoFactorService implements SecondFactor {

    public static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Trustwork";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** An enrolment ticket older than this is refused, so a forgotten screen cannot finish it later. */
    private static final Duration TICKET_LIFETIME = Duration.ofMinutes(15);

    private final TwoFactorRepository apps;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecretCipher cipher;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final LoginThrottling throttling;
    private final AuditLog auditLog;
    private final Clock clock;
    private final boolean requiredForTherapists;
    private final SecureRandom random = new SecureRandom();

    TwoFactorService(TwoFactorRepository apps, RecoveryCodeRepository recoveryCodes, SecretCipher cipher,
                     AccountService accounts, CurrentUser currentUser, LoginThrottling throttling, AuditLog auditLog,
                     Clock clock,
                     TrustworkProperties properties) {
        this.apps = apps;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.throttling = throttling;
        this.auditLog = auditLog;
        this.clock = clock;
        this.requiredForTherapists = properties.security().require2faForTherapists();
    }

    // --- Sign-in (called by the security layer, before anyone is signed in) ---

    @Override
    @Transactional(readOnly = true)
    public boolean isEnrolled(long accountId) {
        return apps.existsByAccountIdAndConfirmedAtIsNotNull(accountId);
    }

    @Override
    public boolean isRequired(Role role) {
        return switch (role) {
            case ADMIN -> true;
            case THERAPIST -> requiredForTherapists;
            case PARTNER -> false;
        };
    }

    @Override
    @Transactional
    public boolean verify(long accountId, String code) {
        if (code == null) {
            return false;
        }
        String typed = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (typed.matches("\\d{" + Totp.DIGITS + "}")) {
            return apps.findByAccountId(accountId).filter(TwoFactor::confirmed)
                    .map(app -> useAppCode(app, typed))
                    .orElse(false);
        }
        return recoveryCodes.findUnused(accountId, hash(typed)).map(recovery -> {
            recovery.use(clock.instant());
            recoveryCodes.flush();
            int left = recoveryCodes.countUnused(accountId);
            String email = accounts.credentialsFor(accountId).map(LoginCredentials::email).orElse(null);
            auditLog.recordFor(AuditKind.ACCOUNT_CHANGE, accountId, email, AuditTarget.account(accountId),
                    "Recovery code used to sign in (" + left + " left)");
            return true;
        }).orElse(false);
    }

    // --- The signed-in person's own settings ---

    public record Status(boolean enabled, boolean required, int recoveryCodesLeft) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Status myStatus() {
        TrustworkUser me = currentUser.require();
        return new Status(isEnrolled(me.accountId()), isRequired(me.role()),
                recoveryCodes.countUnused(me.accountId()));
    }

    /** Whether the signed-in person still has to set up an app before using Trustwork. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mustEnrol() {
        TrustworkUser me = currentUser.require();
        return isRequired(me.role()) && !isEnrolled(me.accountId());
    }

    /** For admins (the accounts grid): whether an account has two-factor sign-in. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public boolean isEnabledFor(long accountId) {
        return isEnrolled(accountId);
    }

    /**
     * A code is accepted once (RFC 6238 5.2): only if its step is later than the last one accepted for the account,
     * moved forward by a conditional update, so two sessions or two instances cannot both accept it.
     */
    private boolean useAppCode(TwoFactor app, String code) {
        var step = Totp.matchingStep(Base32.decode(cipher.open(app.sealedSecret())), code, clock.instant());
        return step.isPresent() && apps.useStep(app.accountId(), step.getAsLong()) == 1;
    }

    /** Checks the password (and a code, once an app is set up) before a sensitive change; throttled like sign-in. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void reauthenticate(String password, String code) {
        TrustworkUser me = currentUser.require();
        var attempt = throttling.begin(me.getUsername(), remoteAddress())
                .orElseThrow(ReauthenticationFailedException::new);
        boolean ok = accounts.isMyPassword(password) && (!isEnrolled(me.accountId()) || verifyCode(me, code));
        if (!ok) {
            throw new ReauthenticationFailedException();
        }
        throttling.succeeded(attempt);
    }

    private boolean verifyCode(TrustworkUser me, String code) {
        // Only an app code here: recovery codes are for signing in without the phone.
        return code != null && code.strip().matches("\\d{" + Totp.DIGITS + "}") && apps.findByAccountId(me.accountId())
                .map(app -> useAppCode(app, code.strip()))
                .orElse(false);
    }

    /** Step 1 of setting up an app: after re-authentication, a new secret to show once. Nothing is stored yet. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public EnrolmentTicket beginEnrolment(String password, String code) {
        reauthenticate(password, code);
        TrustworkUser me = currentUser.require();
        byte[] key = new byte[20];
        random.nextBytes(key);
        String secret = Base32.encode(key);
        return new EnrolmentTicket(me.accountId(), secret, otpauthUri(me.getUsername(), secret), clock.instant());
    }

    /** Step 2: the first code from the app proves it has the secret; returns the ten new recovery codes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(EnrolmentTicket ticket, String code) {
        TrustworkUser me = currentUser.require();
        if (ticket.accountId() != me.accountId()
                || clock.instant().isAfter(ticket.issuedAt().plus(TICKET_LIFETIME))) {
            throw new ReauthenticationFailedException();
        }
        var attempt = throttling.begin(me.getUsername(), remoteAddress())
                .orElseThrow(ReauthenticationFailedException::new);
        var step = Totp.matchingStep(Base32.decode(ticket.secret()), code == null ? "" : code.strip(), clock.instant());
        if (step.isEmpty()) {
            throw new ReauthenticationFailedException();
        }
        throttling.succeeded(attempt);
        boolean replacing = isEnrolled(me.accountId());
        store(me.accountId(), ticket.secret(), step.getAsLong());
        auditLog.record(AuditKind.ACCOUNT_CHANGE, AuditTarget.account(me.accountId()),
                replacing ? "Two-factor sign-in moved to a new authenticator app" : "Two-factor sign-in turned on");
        return newRecoveryCodes(me.accountId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> regenerateRecoveryCodes(String password, String code) {
        reauthenticate(password, code);
        TrustworkUser me = currentUser.require();
        if (!isEnrolled(me.accountId())) {
            throw new IllegalStateException("Two-factor sign-in is not set up");
        }
        auditLog.record(AuditKind.ACCOUNT_CHANGE, AuditTarget.account(me.accountId()),
                "New recovery codes made; the old ones no longer work");
        return newRecoveryCodes(me.accountId());
    }

    /** Turns two-factor sign-in off; refused where it is required for the person's role. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void turnOff(String password, String code) {
        reauthenticate(password, code);
        TrustworkUser me = currentUser.require();
        if (isRequired(me.role())) {
            throw new IllegalStateException("Two-factor sign-in is required for your role");
        }
        apps.findByAccountId(me.accountId()).ifPresent(apps::delete);
        recoveryCodes.deleteByAccount(me.accountId());
        auditLog.record(AuditKind.ACCOUNT_CHANGE, AuditTarget.account(me.accountId()), "Two-factor sign-in turned off");
    }

    /** Records a password change made on "My account" (AccountService checked the current password). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void recordPasswordChanged() {
        auditLog.record(AuditKind.ACCOUNT_CHANGE, AuditTarget.account(currentUser.accountId()), "Password changed");
    }

    private void store(long accountId, String secret, Long usedStep) {
        String sealed = cipher.seal(secret);
        apps.findByAccountId(accountId).ifPresentOrElse(app -> app.replace(sealed, clock.instant(), usedStep),
                () -> apps.save(new TwoFactor(accountId, sealed, clock.instant(), usedStep)));
    }

    private List<String> newRecoveryCodes(long accountId) {
        recoveryCodes.deleteByAccount(accountId);
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            String text = code.substring(0, 5) + "-" + code.substring(5);
            codes.add(text);
            recoveryCodes.save(new RecoveryCode(accountId, hash(code.toString())));
        }
        return List.copyOf(codes);
    }

    /** Recovery codes are random (50 bits), so a fast hash is enough; a slow one would only make sign-in slow. */
    static String hash(String normalisedCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalisedCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String otpauthUri(String email, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
