package org.trustwork.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountUnlocked;
import org.trustwork.account.UserAccount;

/**
 * Slows down password guessing: after 5 failures for one e-mail (known or not) or 20 from one address
 * within 15 minutes, attempts are refused for 1 minute, then 2, 4, … up to an hour while failures go on.
 * The state is in the database (table login_throttle), so a restart does not lift a lock. The same
 * counters guard the second factor (codes and recovery codes).
 */
@Service
public class LoginThrottling {

    private static final String EMAIL = "email:";
    private static final String ADDRESS = "address:";
    /** RFC 5321's limit on an address; the key column has room for it and the prefix. */
    private static final int MAX_EMAIL_LENGTH = 254;

    private final LoginThrottleRepository throttles;
    private final AccountService accounts;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maxLock;

    LoginThrottling(LoginThrottleRepository throttles, AccountService accounts, Clock clock,
                    @Value("${trustwork.security.throttle.account-limit:5}") int accountLimit,
                    @Value("${trustwork.security.throttle.address-limit:20}") int addressLimit,
                    @Value("${trustwork.security.throttle.window:15m}") Duration window,
                    @Value("${trustwork.security.throttle.first-lock:1m}") Duration firstLock,
                    @Value("${trustwork.security.throttle.max-lock:60m}") Duration maxLock) {
        this.throttles = throttles;
        this.accounts = accounts;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    @Transactional(readOnly = true)
    public boolean isThrottled(String email, String remoteAddress) {
        Instant now = clock.instant();
        return locked(emailKey(UserAccount.normaliseEmail(email)), now)
                || (remoteAddress != null && locked(ADDRESS + remoteAddress, now));
    }

    private boolean locked(String key, Instant now) {
        return throttles.findById(key).map(t -> t.lockedAt(now)).orElse(false);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String email, String remoteAddress) {
        Instant now = clock.instant();
        String normalised = UserAccount.normaliseEmail(email);
        Long accountId = accounts.credentialsFor(normalised).map(c -> c.accountId()).orElse(null);
        fail(emailKey(normalised), accountId, now, accountLimit);
        if (remoteAddress != null) {
            fail(ADDRESS + remoteAddress, null, now, addressLimit);
        }
    }

    private void fail(String key, Long accountId, Instant now, int limit) {
        LoginThrottle throttle = throttles.findForUpdate(key).orElse(null);
        if (throttle == null) {
            try {
                throttle = throttles.saveAndFlush(new LoginThrottle(key, accountId, now));
            } catch (DataIntegrityViolationException raced) {
                throttle = throttles.findForUpdate(key).orElseThrow();
            }
        }
        throttle.attachAccount(accountId);
        throttle.fail(now, limit, window, firstLock, maxLock);
    }

    /** A correct password (and second factor) clears the account's count; the address keeps its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String email) {
        throttles.deleteById(emailKey(UserAccount.normaliseEmail(email)));
    }

    /**
     * Whatever was typed as the e-mail is throttled, however long or odd: anything that cannot be an e-mail address
     * (too long, control characters) is counted under its SHA-256, so the key always fits and stores.
     */
    private static String emailKey(String normalisedEmail) {
        // Control characters (a NUL, say) cannot be stored in PostgreSQL text and no address contains them.
        if (normalisedEmail == null || (normalisedEmail.length() <= MAX_EMAIL_LENGTH
                && normalisedEmail.chars().noneMatch(Character::isISOControl))) {
            return EMAIL + normalisedEmail;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(normalisedEmail.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return EMAIL + "sha256:" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @EventListener
    @Transactional
    public void onAccountUnlocked(AccountUnlocked event) {
        throttles.deleteForAccount(event.accountId(), "account-id:" + event.accountId());
    }
}
