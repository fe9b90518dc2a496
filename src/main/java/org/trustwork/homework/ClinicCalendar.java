package org.trustwork.homework;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.trustwork.base.TrustworkProperties;

/**
 * The clinic calendar's old address, kept while branches written against it are merged: use
 * {@link org.trustwork.base.ClinicCalendar}, which audit and couple may import too. Same zone, same answers.
 */
@Deprecated(forRemoval = true)
@Component("homeworkClinicCalendar")
public class ClinicCalendar extends org.trustwork.base.ClinicCalendar {

    ClinicCalendar(Clock clock, TrustworkProperties properties) {
        super(clock, properties.clinic().timeZone());
    }
}
