package org.trustwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionClockTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private static Instant at(int minutes, int seconds) {
        return T0.plusSeconds(minutes * 60L + seconds);
    }

    @Test
    void a_session_that_has_not_started_shows_zero() {
        assertThat(SessionClock.NOT_STARTED.elapsedMillis(at(10, 0))).isZero();
        assertThat(SessionClock.NOT_STARTED.running()).isFalse();
    }

    @Test
    void running_time_is_wall_time_since_the_start() {
        var clock = new SessionClock(T0, 0, null, null);
        assertThat(clock.elapsedMillis(at(12, 30))).isEqualTo(750_000);
        assertThat(clock.running()).isTrue();
    }

    @Test
    void a_pause_stops_the_clock_and_resuming_does_not_count_the_pause() {
        var paused = new SessionClock(T0, 0, null, null).pause(at(10, 0));
        assertThat(paused.elapsedMillis(at(25, 0))).as("while paused").isEqualTo(600_000);
        assertThat(paused.running()).isFalse();

        var resumed = paused.resume(at(25, 0));
        assertThat(resumed.elapsedMillis(at(30, 0))).isEqualTo(900_000);
        assertThat(resumed.pausedMillis()).isEqualTo(900_000);
    }

    @Test
    void several_pauses_add_up() {
        var clock = new SessionClock(T0, 0, null, null)
                .pause(at(5, 0)).resume(at(7, 0))
                .pause(at(20, 0)).resume(at(21, 30));
        assertThat(clock.elapsedMillis(at(40, 0))).isEqualTo((40 * 60 - 120 - 90) * 1000L);
    }

    @Test
    void ending_while_paused_freezes_the_time_at_the_pause() {
        var ended = new SessionClock(T0, 0, null, null).pause(at(45, 0)).end(at(50, 0));
        assertThat(ended.elapsedMillis(at(90, 0))).isEqualTo(45 * 60_000L);
        assertThat(ended.running()).isFalse();
    }

    @Test
    void pausing_twice_or_resuming_a_running_clock_changes_nothing() {
        var paused = new SessionClock(T0, 0, null, null).pause(at(5, 0));
        assertThat(paused.pause(at(8, 0))).isEqualTo(paused);
        var running = new SessionClock(T0, 0, null, null);
        assertThat(running.resume(at(8, 0))).isEqualTo(running);
    }
}
