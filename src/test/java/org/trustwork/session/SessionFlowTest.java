package org.trustwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;
import org.trustwork.session.SessionViews.AgendaEntry;
import org.trustwork.session.SessionViews.SessionDetails;

@TrustworkTest
@WithUserDetails(DemoClinic.RIVERA)
class SessionFlowTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    SessionService sessions;
    @Autowired
    AgendaTemplateService templates;
    @Autowired
    PracticeService practices;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    SessionRepository sessionRepository;
    @Autowired
    EntityManager entityManager;

    long coupleId;
    PracticeInfo firstPractice;

    @BeforeEach
    void setUp() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        firstPractice = practices.search(PracticeFilter.ALL).getFirst();
    }

    private SessionDetails plannedWithThreeItems() {
        SessionDetails planned = sessions.plan(coupleId, clock.instant(), 50);
        sessions.addFreeItem(planned.id(), "Check-in", 5);
        sessions.addPractice(planned.id(), firstPractice.id());
        return sessions.addFreeItem(planned.id(), "Homework review", 10);
    }

    private static AgendaEntry entry(SessionDetails session, String title) {
        return session.agenda().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void the_agenda_adds_up_and_can_be_reordered_before_the_session() {
        SessionDetails session = plannedWithThreeItems();
        assertThat(session.agenda()).extracting(AgendaEntry::title)
                .containsExactly("Check-in", firstPractice.title(), "Homework review");

        session = sessions.moveItem(session.id(), entry(session, "Homework review").id(), 0);
        session = sessions.setTimeBox(session.id(), entry(session, "Check-in").id(), 8);

        assertThat(session.agenda()).extracting(AgendaEntry::title)
                .containsExactly("Homework review", "Check-in", firstPractice.title());
        assertThat(session.agendaMinutes()).isEqualTo(10 + 8 + entry(session, firstPractice.title()).timeBoxMinutes());
    }

    @Test
    void running_a_session_records_the_actual_time_per_item_without_the_pauses() {
        long id = plannedWithThreeItems().id();

        sessions.start(id);
        clock.advance(Duration.ofMinutes(6));
        sessions.nextItem(id, false);
        clock.advance(Duration.ofMinutes(4));
        sessions.pause(id);
        clock.advance(Duration.ofMinutes(15));
        SessionDetails paused = sessions.session(id);
        sessions.resume(id);
        clock.advance(Duration.ofMinutes(3));
        SessionDetails running = sessions.session(id);

        assertThat(paused.timer().running()).isFalse();
        assertThat(paused.timer().sessionElapsedMillis()).isEqualTo(Duration.ofMinutes(10).toMillis());
        assertThat(running.timer().sessionElapsedMillis()).isEqualTo(Duration.ofMinutes(13).toMillis());
        assertThat(running.timer().currentItemElapsedMillis()).isEqualTo(Duration.ofMinutes(7).toMillis());
        assertThat(entry(running, "Check-in").status()).isEqualTo(AgendaItemStatus.DONE);
        assertThat(entry(running, "Check-in").spentMillis()).isEqualTo(Duration.ofMinutes(6).toMillis());
        assertThat(running.current()).map(AgendaEntry::title).contains(firstPractice.title());
    }

    @Test
    void the_timer_is_computed_from_what_is_stored_so_a_fresh_read_shows_the_same_time() {
        long id = plannedWithThreeItems().id();
        sessions.start(id);
        clock.advance(Duration.ofMinutes(2));
        sessions.pause(id);
        clock.advance(Duration.ofMinutes(1));
        long before = sessions.session(id).timer().sessionElapsedMillis();

        entityManager.clear();
        TherapySession reloaded = sessionRepository.findById(id).orElseThrow();

        assertThat(reloaded.clock().elapsedMillis(clock.instant())).isEqualTo(before)
                .isEqualTo(Duration.ofMinutes(2).toMillis());
    }

    @Test
    void ending_carries_unfinished_items_into_the_next_planned_session() {
        long id = plannedWithThreeItems().id();
        sessions.start(id);
        clock.advance(Duration.ofMinutes(5));
        SessionDetails ended = sessions.end(id);

        assertThat(ended.status()).isEqualTo(SessionStatus.ENDED);
        assertThat(entry(ended, "Check-in").status()).isEqualTo(AgendaItemStatus.DONE);
        assertThat(entry(ended, "Homework review").status()).isEqualTo(AgendaItemStatus.CARRIED);

        SessionDetails next = sessions.plan(coupleId, clock.instant().plus(Duration.ofDays(7)), 50);
        assertThat(next.agenda()).extracting(AgendaEntry::title)
                .containsExactly(firstPractice.title(), "Homework review");
        assertThat(next.agenda()).allMatch(AgendaEntry::carriedOver);

        SessionDetails another = sessions.plan(coupleId, clock.instant().plus(Duration.ofDays(14)), 50);
        assertThat(another.agenda()).as("carried items are offered once").isEmpty();
    }

    @Test
    void a_session_started_early_counts_from_when_it_was_held_not_when_it_was_planned_for() {
        var heldToday = sessions.plan(coupleId, clock.instant().plus(Duration.ofDays(7)), 50);
        java.time.Instant started = clock.instant();
        sessions.start(heldToday.id());
        clock.advance(Duration.ofMinutes(50));
        sessions.end(heldToday.id());
        var inThreeDays = sessions.plan(coupleId, clock.instant().plus(Duration.ofDays(3)), 50);

        var dates = sessions.sessionDates(List.of(coupleId)).get(coupleId);
        assertThat(dates.lastEnded()).as("last session: the day it was held").isEqualTo(started);
        assertThat(dates.nextPlanned()).isEqualTo(inThreeDays.scheduledStart()).isAfter(dates.lastEnded());
        assertThat(sessions.sessionsOf(coupleId)).as("couple page, latest first")
                .extracting(SessionViews.SessionSummary::id).containsExactly(inThreeDays.id(), heldToday.id());
        assertThat(sessions.sessionRecords(coupleId)).as("report, oldest first")
                .extracting(SessionViews.SessionRecord::id).containsExactly(heldToday.id(), inThreeDays.id());
    }

    @Test
    void ending_carries_unfinished_items_into_the_session_already_on_the_calendar() {
        long id = plannedWithThreeItems().id();
        SessionDetails alreadyPlanned = sessions.plan(coupleId, clock.instant().plus(Duration.ofDays(7)), 50);
        sessions.addFreeItem(alreadyPlanned.id(), "Own item", 5);
        sessions.start(id);
        assertThat(sessions.session(id).carriedInto()).as("the End dialog can say where they will go")
                .isEqualTo(alreadyPlanned.scheduledStart());

        SessionDetails ended = sessions.end(id);

        SessionDetails next = sessions.session(alreadyPlanned.id());
        assertThat(next.agenda()).extracting(AgendaEntry::title)
                .containsExactly("Own item", firstPractice.title(), "Homework review");
        assertThat(next.agenda()).extracting(AgendaEntry::carriedOver).containsExactly(false, true, true);
        assertThat(ended.carriedInto()).isEqualTo(alreadyPlanned.scheduledStart());
        assertThat(sessions.plan(coupleId, clock.instant().plus(Duration.ofDays(14)), 50).agenda())
                .as("carried items are offered once").isEmpty();
    }

    @Test
    void a_practice_done_in_a_session_shows_in_the_couples_history() {
        long id = plannedWithThreeItems().id();
        sessions.start(id);
        sessions.nextItem(id, false);
        clock.advance(Duration.ofMinutes(12));
        sessions.nextItem(id, false);
        sessions.end(id);

        assertThat(sessions.practiceHistory(coupleId)).containsKey(firstPractice.id());
        assertThat(sessions.practiceHistory(coupleId).get(firstPractice.id()).timesWorkedOn()).isPositive();
    }

    @Test
    void an_agenda_template_round_trips_into_a_new_session() {
        SessionDetails original = plannedWithThreeItems();
        var template = templates.saveAsTemplate(original.id(), "Standard 50 minutes");

        long otherCouple = clinic.newCouple(DemoClinic.RIVERA);
        SessionDetails fresh = sessions.plan(otherCouple, clock.instant(), 50);
        SessionDetails applied = templates.applyTemplate(fresh.id(), template.id());

        assertThat(templates.myTemplates()).extracting(SessionViews.TemplateInfo::name).contains("Standard 50 minutes");
        assertThat(applied.agenda()).extracting(AgendaEntry::title, AgendaEntry::timeBoxMinutes)
                .containsExactlyElementsOf(original.agenda().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.title(), e.timeBoxMinutes())).toList());
    }

    @Test
    void actions_that_do_not_fit_the_state_are_refused_with_a_reason() {
        long id = plannedWithThreeItems().id();
        assertThatThrownBy(() -> sessions.pause(id)).isInstanceOf(SessionStateException.class);
        sessions.start(id);
        assertThatThrownBy(() -> sessions.start(id)).hasMessageContaining("already started");
        sessions.end(id);
        assertThatThrownBy(() -> sessions.addFreeItem(id, "Late item", 5)).hasMessageContaining("ended");
        assertThatThrownBy(() -> sessions.publishSummary(id)).hasMessageContaining("Write the summary");
    }

    @Test
    void the_planned_length_must_be_sensible() {
        assertThatThrownBy(() -> sessions.plan(coupleId, clock.instant(), 0))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(List.of(sessions.plan(coupleId, clock.instant(), 90).plannedMinutes())).containsExactly(90);
    }
}
