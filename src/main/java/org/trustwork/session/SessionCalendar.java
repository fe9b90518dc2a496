package org.trustwork.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A session as an iCalendar (RFC 5545) file with one event. Deliberately bare: a calendar is often shared or
 * synced to other devices, so it gets the time and the neutral title "Couples session" and nothing else, no
 * names, no therapist, no agenda.
 */
final class SessionCalendar {

    static final String SUMMARY = "Couples session";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SessionCalendar() {
    }

    /** Lines end in CRLF as the standard requires; a UID stable per session, so a second download updates it. */
    static String event(long sessionId, Instant start, Instant end, Instant stamp) {
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Trustwork//Sessions//EN",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:session-" + sessionId + "@trustwork",
                "DTSTAMP:" + UTC.format(stamp),
                "DTSTART:" + UTC.format(start),
                "DTEND:" + UTC.format(end),
                "SUMMARY:" + SUMMARY,
                "TRANSP:OPAQUE",
                "END:VEVENT",
                "END:VCALENDAR") + "\r\n";
    }
}
