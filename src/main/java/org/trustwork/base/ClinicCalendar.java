package org.trustwork.base;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The clinic's calendar, and the one place that reads its time zone ({@code trustwork.clinic.time-zone}, default the
 * server's). Homework is due on calendar days of the clinic's time zone. "Today", "late" and "done the same day"
 * are all decided here, so a completion at 23:30 local time counts for that day wherever the server runs; the
 * nightly jobs run at the clinic's night, and dates in exports are the clinic's dates.
 */
@Component("clinicCalendar")
@Primary
public class ClinicCalendar {

    private final Clock clock;
    private final ZoneId zone;

    @Autowired
    ClinicCalendar(Clock clock, TrustworkProperties properties) {
        this(clock, properties.clinic().timeZone());
    }

    public ClinicCalendar(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }
}
