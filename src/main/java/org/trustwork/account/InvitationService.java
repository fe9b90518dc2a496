package org.trustwork.account;

import java.nio.charset.StandardCharsets;
import org.trustwork.base.TrustworkProperties;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.ApplicationEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustwork.base.mail.OutgoingMail;
import org.trustwork.base.web.PublicUrl;

/**
 * One-time links through which people set their own password: the admin who opens an account, or resets a
 * password, never sees or chooses one. A link works once, for 48 hours, and only the latest link of an account
 * works. The token travels only in the link (by e-mail, or shown once to the admin when no SMTP server is set
 * up); the database keeps its SHA-256 hash.
 */
@Service
public class InvitationService {

    public static final Duration VALID_FOR = Duration.ofHours(48);

    /** What the admin is told once: the link itself only when it could not be e-mailed. */
    public record IssuedLink(String displayName, String email, String link, Instant expiresAt, boolean emailed) {
    }

    /** Whom a valid link belongs to, for the page where they choose a password. */
    public record Invitee(String displayName, String email, boolean reset) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final OutgoingMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final PasswordResetRequestRepository resetRequests;
    private final ResetLimits resetLimits;

    /** How many "Forgot password?" requests per typed address and per client address a window allows. */
    record ResetLimits(int perEmail, int perAddress, Duration window) {
    }

    InvitationService(InvitationRepository invitations, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                      OutgoingMail mail, ApplicationEventPublisher events, Clock clock,
                      PublicUrl publicUrl, PasswordResetRequestRepository resetRequests,
                      TrustworkProperties properties) {
        var reset = properties.security().reset();
        this.resetRequests = resetRequests;
        this.resetLimits = new ResetLimits(reset.emailLimit(), reset.addressLimit(), reset.window());
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** An invitation for a new account, or a fresh one when the first link expired; older links stop working. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public IssuedLink invite(long accountId) {
        return issue(accounts.findById(accountId).orElseThrow(), Invitation.Purpose.INVITE);
    }

    /** The person a link belongs to, if the link still works; nothing at all otherwise. */
    @Transactional(readOnly = true)
    public Optional<Invitee> lookUp(String token) {
        return usable(token).flatMap(invitation -> accounts.findById(invitation.accountId())
                .filter(UserAccount::isEnabled)
                .map(account -> new Invitee(account.getDisplayName(), account.getEmail(),
                        invitation.purpose() == Invitation.Purpose.RESET)));
    }

    /**
     * Sets the password of the link's account and uses the link up. Refuses a password against the rule (the
     * link stays usable) and a link that does not work (one message for unknown, used and expired links).
     */
    @Transactional
    public void choosePassword(String token, String password) {
        Invitation invitation = usable(token).orElseThrow(InvalidInvitationException::new);
        UserAccount account = accounts.findById(invitation.accountId()).filter(UserAccount::isEnabled)
                .orElseThrow(InvalidInvitationException::new);
        String problem = NewPasswordRule.problem(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        account.changePasswordHash(passwordEncoder.encode(password));
        invitation.use(clock.instant());
        events.publishEvent(new AccountChanged(account.getId(), account.getEmail(),
                invitation.purpose() == Invitation.Purpose.RESET ? "password chosen after a reset"
                        : "invitation accepted, password chosen", true));
    }

    /**
     * "Forgot password?" on the sign-in page: e-mails a one-time link to choose a new password if an active account
     * uses the address. Says nothing either way, so the page gives the same answer for every address. At most
     * {@code email-limit} requests per typed address and {@code address-limit} per client address in a window
     * (defaults 3 and 10 an hour) do anything, so it cannot flood an inbox; each request is audited. Without an SMTP
     * server nothing is issued: the link could reach no one, and a new link would retire a pending invitation.
     */
    @Transactional
    public void requestPasswordReset(String typedEmail, String clientAddress) {
        String email = UserAccount.normaliseEmail(typedEmail);
        if (email == null || email.isBlank() || email.length() > 254 || !email.contains("@")) {
            return;
        }
        String address = clientAddress == null ? null
                : clientAddress.substring(0, Math.min(clientAddress.length(), PasswordResetRequest.ADDRESS_MAX));
        Instant now = clock.instant();
        Instant since = now.minus(resetLimits.window());
        resetRequests.forgetBefore(since);
        String emailHash = hash(email);
        boolean throttled = resetRequests.countForEmail(emailHash, since) >= resetLimits.perEmail()
                || address != null && resetRequests.countFromAddress(address, since) >= resetLimits.perAddress();
        resetRequests.saveAndFlush(new PasswordResetRequest(emailHash, address, now));
        Optional<UserAccount> account = accounts.findByEmail(email).filter(UserAccount::isEnabled);
        Long accountId = account.map(UserAccount::getId).orElse(null);
        if (throttled) {
            events.publishEvent(new PasswordResetRequested(accountId, email,
                    "password reset requested on the sign-in page, refused: too many requests"));
        } else if (account.isEmpty()) {
            events.publishEvent(new PasswordResetRequested(null, email,
                    "password reset requested on the sign-in page for an address no active account uses"));
        } else if (!mail.configured()) {
            events.publishEvent(new PasswordResetRequested(accountId, email,
                    "password reset requested on the sign-in page, no link issued: no SMTP server configured"));
        } else if (!publicUrl.isConfigured() && !isLoopback(publicUrl.forCurrentRequest())) {
            // A link built from the requester's own Host header would let them send the victim a link to their
            // server ("reset poisoning"); only a machine's own address is trusted without a configured one.
            log.warn("Password reset link not issued: set TRUSTWORK_PUBLIC_URL to the address people use");
            events.publishEvent(new PasswordResetRequested(accountId, email,
                    "password reset requested on the sign-in page, no link issued: no public address configured"));
        } else {
            issue(account.get(), Invitation.Purpose.RESET, true);
        }
    }

    /** For account changes that already checked the admin: retires older links, issues and delivers a new one. */
    IssuedLink issue(UserAccount account, Invitation.Purpose purpose) {
        return issue(account, purpose, false);
    }

    private IssuedLink issue(UserAccount account, Invitation.Purpose purpose, boolean requestedBySomeone) {
        Instant now = clock.instant();
        invitations.retireOpenLinks(account.getId(), now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(VALID_FOR);
        invitations.saveAndFlush(new Invitation(account.getId(), hash(token), purpose, expires));
        String link = publicUrl.forCurrentRequest() + "/invite/" + token;
        boolean emailed = mail.send(account.getEmail(), subject(purpose),
                body(account, purpose, link, requestedBySomeone));
        if (requestedBySomeone) {
            // Nobody is signed in: the audit entry is under the address typed.
            events.publishEvent(new PasswordResetRequested(account.getId(), account.getEmail(),
                    "password reset requested on the sign-in page, link " + (emailed ? "sent by e-mail" : "not sent")));
        } else {
            events.publishEvent(new AccountChanged(account.getId(), account.getEmail(),
                    (purpose == Invitation.Purpose.RESET ? "password reset link issued" : "invitation issued")
                            + (emailed ? ", sent by e-mail" : ", shown to the admin"), false));
        }
        return new IssuedLink(account.getDisplayName(), account.getEmail(), emailed ? null : link, expires, emailed);
    }

    private static boolean isLoopback(String url) {
        String host = java.net.URI.create(url).getHost();
        return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    }

    private Optional<Invitation> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return invitations.findByTokenHash(hash(token)).filter(invitation -> invitation.usableAt(now));
    }

    private static String subject(Invitation.Purpose purpose) {
        return purpose == Invitation.Purpose.RESET ? "Choose a new Trustwork password" : "Your Trustwork account";
    }

    private static String body(UserAccount account, Invitation.Purpose purpose, String link,
                               boolean requestedBySomeone) {
        String opening = requestedBySomeone
                ? "someone, hopefully you, asked on Trustwork's sign-in page for a link to choose a new password.\n"
                + "Your current password keeps working until you choose a new one."
                : purpose == Invitation.Purpose.RESET
                ? "your clinic has asked you to choose a new password for Trustwork."
                : "your clinic has opened a Trustwork account for you.";
        return "Hello " + account.getDisplayName() + ",\n\n" + opening + "\n\n"
                + "Choose your password here (the link works once, for 48 hours):\n" + link + "\n\n"
                + "If you did not expect this message, you can ignore it.\n";
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
