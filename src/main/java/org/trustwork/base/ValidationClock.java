package org.trustwork.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "now" ({@code @PastOrPresent}, {@code @Future}, ...) is the app's clock in the clinic's time zone,
 * not the server's: a follow-up "held today" is today in the clinic, and tests that move the app's clock move the
 * rules with it. Both are looked up when a value is checked, so the validator can be built before them.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

    @Bean
    ValidationConfigurationCustomizer clinicClockForValidation(ObjectProvider<Clock> clock,
                                                               ObjectProvider<ClinicCalendar> calendar) {
        return configuration -> configuration.clockProvider(() -> new ClinicNow(clock.getObject(),
                calendar.getObject().zone()));
    }

    /** The app clock's instant, seen in the clinic's zone. */
    private static final class ClinicNow extends Clock {
        private final Clock clock;
        private final ZoneId zone;

        ClinicNow(Clock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ClinicNow(clock, other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
