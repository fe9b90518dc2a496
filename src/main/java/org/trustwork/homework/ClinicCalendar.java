package org.trustwork.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Homework is due on calendar days of the clinic's time zone. "Today", "late" and "done the same day"
 * are all decided here, so a completion at 23:30 local time counts for that day wherever the server runs.
 */
@Component
public class ClinicCalendar {

    private final Clock clock;
    private final ZoneId zone;

    ClinicCalendar(Clock clock, @Value("${trustwork.clinic.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
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
