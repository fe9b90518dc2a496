package org.trustwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.SessionViews.NextSession;

/** Partners see when they meet next and can put it in their calendar, with nothing clinical in the file. */
@TrustworkTest
class NextSessionTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    SessionService sessions;
    @Autowired
    CoupleService couples;
    @Autowired
    SystemTask systemTask;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    TestClock clock;

    private long coupleId;
    private String one;
    private String two;

    private <T> T as(String email, Supplier<T> step) {
        return runAs.as(email, step);
    }

    @BeforeEach
    void newCouple() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        CoupleDetails couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        one = couple.partners().get(0).email();
        two = couple.partners().get(1).email();
    }

    @Test
    void partners_see_the_soonest_session_that_has_not_ended() {
        assertThat(as(one, sessions::nextSessionForMyCouple)).isEmpty();
        Instant inAWeek = clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        Instant inTwoDays = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, inAWeek, 50));
        long soonest = as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, inTwoDays, 75)).id();

        assertThat(as(two, sessions::nextSessionForMyCouple)).hasValue(
                new NextSession(soonest, inTwoDays, inTwoDays.plus(Duration.ofMinutes(75))));
        assertThat(as(DemoClinic.MAYA, sessions::nextSessionForMyCouple).map(NextSession::sessionId))
                .as("another couple's partner").isNotEqualTo(java.util.Optional.of(soonest));
    }

    @Test
    void the_calendar_file_is_one_neutral_event_in_utc_for_the_couples_own_partners_only() {
        Instant start = Instant.parse("2031-03-14T16:30:00Z");
        long id = as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, start, 50)).id();

        String ics = as(one, () -> sessions.calendarFileForMyCouple(id));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("\r\n")).contains("BEGIN:VEVENT", "END:VEVENT", "UID:session-" + id + "@trustwork",
                "DTSTART:20310314T163000Z", "DTEND:20310314T172000Z", "SUMMARY:Couples session");
        assertThat(ics).containsPattern("\r\nDTSTAMP:\\d{8}T\\d{6}Z\r\n");
        assertThat(ics).as("nothing clinical or identifying").doesNotContain("Partner of couple", "Rivera",
                "DESCRIPTION", "LOCATION", "ATTENDEE");
        assertThat(as(two, () -> sessions.calendarFileForMyCouple(id))).contains("UID:session-" + id + "@trustwork");

        assertThatThrownBy(() -> as(DemoClinic.MAYA, () -> sessions.calendarFileForMyCouple(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> sessions.calendarFileForMyCouple(id)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
