package org.trustwork.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one key (a normalised e-mail or a remote address). Rows are read with a
 * pessimistic lock instead of a version, so concurrent failures are all counted.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    @Column(name = "throttle_key", length = 320)
    private String key;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "lock_level", nullable = false)
    private int lockLevel;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String key, Long accountId, Instant now) {
        this.key = key;
        this.accountId = accountId;
        this.windowStart = now;
        this.lastFailureAt = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failure. Reaching the limit within the window locks the key; once locked, every further
     * failure before a quiet window has passed locks again for twice as long, up to the cap. Returns what it
     * changed, so that an attempt counted ahead of its check can be given back when it turns out right.
     */
    Reservation fail(Instant now, int limit, Duration window, Duration firstLock, Duration maxLock) {
        var before = new Reservation(key, failures, windowStart, lastFailureAt, lockLevel, lockedUntil, now, null);
        boolean quiet = !now.isBefore(lastFailureAt.plus(window));
        boolean windowOver = !now.isBefore(windowStart.plus(window));
        if ((lockLevel == 0 && windowOver) || (lockLevel > 0 && quiet && !lockedAt(now))) {
            failures = 0;
            lockLevel = 0;
            windowStart = now;
        }
        failures++;
        lastFailureAt = now;
        if (failures < limit) {
            return before;
        }
        lockLevel++;
        Duration lock = firstLock.multipliedBy(1L << Math.min(lockLevel - 1, 20));
        lockedUntil = now.plus(lock.compareTo(maxLock) > 0 ? maxLock : lock);
        return before.startedPause(lockedUntil);
    }

    /**
     * Takes back one counted failure: the row is as the attempt found it when nothing was counted since; otherwise
     * one failure less, and a pause that this attempt started (and no later one replaced) is lifted.
     */
    void giveBack(Reservation reservation) {
        boolean nothingSince = lastFailureAt.equals(reservation.at()) && failures == reservation.failures() + 1;
        failures = Math.max(0, failures - 1);
        if (reservation.pauseStarted() != null && reservation.pauseStarted().equals(lockedUntil)) {
            lockLevel = reservation.lockLevel();
            lockedUntil = reservation.lockedUntil();
        }
        if (nothingSince) {
            windowStart = reservation.windowStart();
            lastFailureAt = reservation.lastFailureAt();
        }
    }

    /** The row as an attempt at {@code at} found it, and the pause the attempt started (null if none). */
    record Reservation(String key, int failures, Instant windowStart, Instant lastFailureAt, int lockLevel,
                       Instant lockedUntil, Instant at, Instant pauseStarted) {

        Reservation startedPause(Instant until) {
            return new Reservation(key, failures, windowStart, lastFailureAt, lockLevel, lockedUntil, at, until);
        }
    }

    void attachAccount(Long accountId) {
        if (accountId != null) {
            this.accountId = accountId;
        }
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
