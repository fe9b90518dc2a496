package org.trustwork.session;

import java.time.Duration;
import java.time.Instant;

/**
 * Session time as pure arithmetic over the persisted moments: when it started, how long it has been
 * paused, whether a pause is running and when it ended. Nothing ticks on the server; any tab, after any
 * reload or restart, computes the same figure from the same rows.
 */
record SessionClock(Instant startedAt, long pausedMillis, Instant pausedAt, Instant endedAt) {

    static final SessionClock NOT_STARTED = new SessionClock(null, 0, null, null);

    /** Time the session has been running, pauses excluded, at the given moment. */
    long elapsedMillis(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        Instant until = endedAt != null ? endedAt : now;
        long openPause = pausedAt != null ? Duration.between(pausedAt, until).toMillis() : 0;
        return Math.max(0, Duration.between(startedAt, until).toMillis() - pausedMillis - openPause);
    }

    boolean running() {
        return startedAt != null && pausedAt == null && endedAt == null;
    }

    SessionClock pause(Instant now) {
        return running() ? new SessionClock(startedAt, pausedMillis, now, null) : this;
    }

    SessionClock resume(Instant now) {
        if (pausedAt == null || endedAt != null) {
            return this;
        }
        return new SessionClock(startedAt, pausedMillis + Duration.between(pausedAt, now).toMillis(), null, null);
    }

    SessionClock end(Instant now) {
        SessionClock unpaused = resume(now);
        return new SessionClock(unpaused.startedAt, unpaused.pausedMillis, null, now);
    }
}
