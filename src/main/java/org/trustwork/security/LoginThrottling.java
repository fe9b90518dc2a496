package org.trustwork.security;

import java.net.Inet6Address;
import org.trustwork.base.TrustworkProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountUnlocked;
import org.trustwork.account.UserAccount;

/**
 * Slows down password guessing: after 5 failures for one e-mail (known or not) or 20 from one address
 * within 15 minutes, attempts are refused for 1 minute, then 2, 4, … up to an hour while failures go on.
 * The same counters guard the second factor (codes and recovery codes) and re-authentication.
 * <p>
 * An attempt is counted <em>before</em> its password or code is checked ({@link #begin}), under a row lock in the
 * database, and given back when it turns out right ({@link #succeeded}). Checking first and counting after let a
 * burst of simultaneous guesses all pass the check; with the count taken first, the sixth of thirty simultaneous
 * guesses already finds the pause. Being rows in the database, the counts hold across restarts and instances.
 */
@Service
public class LoginThrottling {

    private static final String EMAIL = "email:";
    private static final String ADDRESS = "address:";
    /** RFC 5321's limit on an address; the key column has room for it and the prefix. */
    private static final int MAX_EMAIL_LENGTH = 254;

    private final LoginThrottleRepository throttles;
    private final AccountService accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maxLock;

    LoginThrottling(LoginThrottleRepository throttles, AccountService accounts, JdbcTemplate jdbc,
                    PlatformTransactionManager transactions, Clock clock,
                    TrustworkProperties properties) {
        var throttle = properties.security().throttle();
        this.throttles = throttles;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.accountLimit = throttle.accountLimit();
        this.addressLimit = throttle.addressLimit();
        this.window = throttle.window();
        this.firstLock = throttle.firstLock();
        this.maxLock = throttle.maxLock();
    }

    /** An attempt that has been counted as a failure until {@link #succeeded} gives it back. */
    public static final class Attempt {
        private final List<LoginThrottle.Reservation> reservations;

        private Attempt(List<LoginThrottle.Reservation> reservations) {
            this.reservations = reservations;
        }
    }

    /**
     * Counts an attempt for this e-mail and address before it is checked; empty when either is paused (then
     * nothing is counted and the caller must refuse without checking).
     */
    public Optional<Attempt> begin(String email, String remoteAddress) {
        Instant now = clock.instant();
        String normalised = UserAccount.normaliseEmail(email);
        Long accountId = accounts.credentialsFor(normalised).map(c -> c.accountId()).orElse(null);
        // Always the e-mail's row first, then the address's: two attempts never wait for each other in a ring.
        var keys = new ArrayList<Limit>();
        keys.add(new Limit(emailKey(normalised), accountId, accountLimit));
        if (remoteAddress != null) {
            keys.add(new Limit(addressKey(remoteAddress), null, addressLimit));
        }
        keys.forEach(limit -> insertIfAbsent(limit.key(), now));
        return ownTransaction.execute(status -> {
            var locked = new ArrayList<LoginThrottle>();
            for (Limit limit : keys) {
                locked.add(throttles.findForUpdate(limit.key()).orElseThrow());
            }
            if (locked.stream().anyMatch(t -> t.lockedAt(now))) {
                return Optional.empty();
            }
            var reservations = new ArrayList<LoginThrottle.Reservation>();
            for (int i = 0; i < keys.size(); i++) {
                locked.get(i).attachAccount(keys.get(i).accountId());
                reservations.add(locked.get(i).fail(now, keys.get(i).limit(), window, firstLock, maxLock));
            }
            return Optional.of(new Attempt(List.copyOf(reservations)));
        });
    }

    /** The password or code was right: the attempt no longer counts (and any pause it alone started is lifted). */
    public void succeeded(Attempt attempt) {
        ownTransaction.executeWithoutResult(status -> {
            for (LoginThrottle.Reservation reservation : attempt.reservations) {
                throttles.findForUpdate(reservation.key()).ifPresent(t -> t.giveBack(reservation));
            }
        });
    }

    private record Limit(String key, Long accountId, int limit) {
    }

    /**
     * The first failure for a key races with others for the row: inserting it in a transaction of its own lets the
     * loser's duplicate key fail alone (PostgreSQL aborts a transaction on any error), after which both lock it.
     */
    private void insertIfAbsent(String key, Instant now) {
        if (throttles.existsById(key)) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into login_throttle (throttle_key, failures, window_start, last_failure_at, lock_level) "
                            + "values (?, 0, ?, ?, 0)",
                    key, java.sql.Timestamp.from(now), java.sql.Timestamp.from(now)));
        } catch (DataIntegrityViolationException alreadyThere) {
            // another attempt made it first
        }
    }

    @Transactional(readOnly = true)
    public boolean isThrottled(String email, String remoteAddress) {
        Instant now = clock.instant();
        return locked(emailKey(UserAccount.normaliseEmail(email)), now)
                || (remoteAddress != null && locked(addressKey(remoteAddress), now));
    }

    private boolean locked(String key, Instant now) {
        return throttles.findById(key).map(t -> t.lockedAt(now)).orElse(false);
    }

    /** Counts a failure of something that was not checked through {@link #begin} (it is the same as a reserved one). */
    public void recordFailure(String email, String remoteAddress) {
        begin(email, remoteAddress);
    }

    /** A correct password (and second factor) clears the account's count; the address keeps its own. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
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
        return EMAIL + "sha256:" + sha256(normalisedEmail);
    }

    /**
     * One limit per IPv4 address, and per /64 network for IPv6: a single IPv6 subscriber usually holds a whole /64,
     * so counting each address would give an attacker billions of fresh limits.
     */
    static String addressKey(String remoteAddress) {
        String address = remoteAddress.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        // Only literal addresses are parsed (never a name: InetAddress would look it up).
        if (address.indexOf(':') >= 0 && address.matches("[0-9A-Fa-f:.]+")) {
            try {
                InetAddress parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet6Address) {
                    byte[] bytes = parsed.getAddress();
                    var network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return ADDRESS + network + ":/64";
                }
                return ADDRESS + parsed.getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // counted under what was sent, below
            }
        }
        return address.length() <= 200 ? ADDRESS + address : ADDRESS + "sha256:" + sha256(address);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
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
