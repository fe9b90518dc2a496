package org.trustwork.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.NewHomework;
import org.trustwork.homework.ReflectionVisibility;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionViews.NoteSnapshot;

/**
 * Every view and change of a couple's clinical record leaves an entry naming who, what and which record; what
 * was written (private notes, reflections, summaries) never reaches the trail, and a refused look leaves no
 * "view" behind.
 */
@TrustworkTest
class ClinicalRecordAuditTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    private static final String NOTE_TEXT = "Tom named the second phone for the first time";
    private static final String REFLECTION_TEXT = "It was harder than I admitted in the room";
    private static final String SUMMARY_TEXT = "We agreed on a weekly transparency check-in";

    @Autowired
    AuditEventRepository events;
    @Autowired
    CoupleService couples;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    long coupleId;
    String partner;
    long before;

    private <T> T as(String email, Supplier<T> step) {
        return runAs.as(email, step);
    }

    @BeforeEach
    void newCouple() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        CoupleDetails couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        partner = couple.partners().getFirst().email();
        before = newest();
    }

    @Test
    void opening_the_couple_record_and_editing_its_goals_are_on_the_trail() {
        as(DemoClinic.RIVERA, () -> couples.openCouple(coupleId));
        as(DemoClinic.RIVERA, () -> couples.updateGoals(coupleId, "Rebuild predictability"));

        assertThat(entriesSince()).extracting(Entry::of).containsExactly(
                new Entry(AuditKind.VIEW, DemoClinic.RIVERA, "couple", coupleId, "couple record opened"),
                new Entry(AuditKind.CHANGE, DemoClinic.RIVERA, "couple", coupleId, "treatment goals edited"));
    }

    @Test
    void each_step_of_a_session_is_recorded_against_the_session_without_the_summary_text() {
        long sessionId = as(DemoClinic.RIVERA, () -> {
            long id = sessions.plan(coupleId, clock.instant(), 50).id();
            sessions.openSession(id);
            sessions.addFreeItem(id, "Check-in", 5);
            sessions.start(id);
            sessions.nextItem(id, false);
            sessions.end(id);
            sessions.saveSharedSummary(id, SUMMARY_TEXT);
            sessions.publishSummary(id);
            return id;
        });
        as(partner, sessions::publishedSummariesForMyCouple);

        List<AuditEvent> trail = entriesSince();
        assertThat(trail).extracting(AuditEvent::getDetail).containsExactly(
                "session planned for " + clock.instant() + ", 50 minutes", "session opened",
                "agenda: own item added", "session started", "agenda: current item done", "session ended",
                "shared summary saved (not yet published)", "shared summary published to both partners",
                "published session summaries read");
        assertThat(trail.subList(0, 8)).allSatisfy(e -> {
            assertThat(e.getRecordType()).isEqualTo("session");
            assertThat(e.getRecordId()).isEqualTo(sessionId);
            assertThat(e.getActorName()).isEqualTo(DemoClinic.RIVERA);
        });
        assertThat(trail.getLast().getActorName()).isEqualTo(partner);
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.getCoupleId()).isEqualTo(coupleId);
            assertThat(e.getDetail()).doesNotContain("transparency");
        });
    }

    @Test
    void private_notes_are_audited_by_revision_and_their_words_never_reach_the_trail() {
        long sessionId = as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant(), 50).id());
        before = newest();

        as(DemoClinic.RIVERA, () -> {
            notes.open(sessionId, null);
            notes.save(sessionId, null, 0, NOTE_TEXT);
            notes.save(sessionId, null, 0, NOTE_TEXT + " (typed in a second tab)");
            return notes.history(sessionId, null);
        });

        List<AuditEvent> trail = entriesSince();
        assertThat(trail).extracting(Entry::of).containsExactly(
                new Entry(AuditKind.VIEW, DemoClinic.RIVERA, "private-note", null,
                        "private notes opened (session " + sessionId + ")"),
                new Entry(AuditKind.CHANGE, DemoClinic.RIVERA, "private-note", null,
                        "private notes saved as revision 1 (session " + sessionId + ")"),
                new Entry(AuditKind.CHANGE, DemoClinic.RIVERA, "private-note", null,
                        "private notes: a conflicting copy kept beside revision 1 (session " + sessionId + ")"),
                new Entry(AuditKind.VIEW, DemoClinic.RIVERA, "private-note", null,
                        "private note history opened (session " + sessionId + ")"));
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.getCoupleId()).isEqualTo(coupleId);
            assertThat(e.getDetail()).doesNotContain("phone").doesNotContain("second tab");
        });
    }

    @Test
    void a_session_screen_opening_both_notes_at_once_records_each_and_a_refused_one_records_none() {
        long sessionId = as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant(), 50).id());
        long itemId = as(DemoClinic.RIVERA, () -> {
            sessions.addFreeItem(sessionId, "Check-in", 10);
            return sessions.start(sessionId).current().orElseThrow().id();
        });
        before = newest();
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> notes.openForScreen(sessionId, itemId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entriesSince()).isEmpty();

        var opened = as(DemoClinic.RIVERA, () -> notes.openForScreen(sessionId, itemId));

        assertThat(opened).extracting(NoteSnapshot::agendaItemId).containsExactly(null, itemId);
        assertThat(entriesSince()).extracting(AuditEvent::getDetail).containsExactly(
                "private notes opened (session " + sessionId + ")",
                "private notes opened (session " + sessionId + ", agenda item " + itemId + ")");
    }

    @Test
    void homework_from_assignment_to_reflection_is_on_the_trail_without_the_reflection() {
        long assignmentId = as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.search(PracticeFilter.ALL).getFirst().id());
            return homework.assign(coupleId, form);
        });
        long occurrenceId = as(partner, () -> homework.myTasks().getFirst().occurrenceId());
        as(partner, () -> {
            homework.markDone(occurrenceId);
            homework.reflect(occurrenceId, REFLECTION_TEXT, 4, 3, ReflectionVisibility.THERAPIST_ONLY);
            homework.undo(occurrenceId);
            return null;
        });
        as(DemoClinic.RIVERA, () -> homework.board(coupleId));

        List<AuditEvent> trail = entriesSince();
        assertThat(trail).extracting(Entry::of).containsExactly(
                new Entry(AuditKind.CHANGE, DemoClinic.RIVERA, "homework", assignmentId, trail.getFirst().getDetail()),
                new Entry(AuditKind.VIEW, partner, "couple", coupleId, "own homework list"),
                new Entry(AuditKind.CHANGE, partner, "homework-occurrence", occurrenceId, "homework marked done"),
                new Entry(AuditKind.CHANGE, partner, "homework-occurrence", occurrenceId,
                        "reflection saved, for the therapist only"),
                new Entry(AuditKind.CHANGE, partner, "homework-occurrence", occurrenceId,
                        "homework completion taken back"),
                new Entry(AuditKind.VIEW, DemoClinic.RIVERA, "couple", coupleId, "homework board with reflections"));
        assertThat(trail.getFirst().getDetail()).startsWith("homework assigned from practice ");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.getCoupleId()).isEqualTo(coupleId);
            assertThat(e.getDetail()).doesNotContain("harder");
        });
    }

    @Test
    void a_refused_look_at_someone_elses_couple_leaves_no_view_on_the_trail() {
        long sessionId = as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant(), 50).id());
        before = newest();

        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> couples.openCouple(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> sessions.openSession(sessionId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> notes.open(sessionId, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> homework.board(coupleId)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(entriesSince()).isEmpty();
    }

    /** The entries written since {@link #before}, oldest first. */
    private List<AuditEvent> entriesSince() {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, 500)).stream()
                .filter(e -> e.getId() > before)
                .sorted(java.util.Comparator.comparing(AuditEvent::getId))
                .toList();
    }

    private long newest() {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, 1)).stream().findFirst().map(AuditEvent::getId)
                .orElse(0L);
    }

    /** The parts of an entry a reviewer reads; a null record id means "any". */
    record Entry(AuditKind kind, String actor, String recordType, Long recordId, String detail) {

        static Entry of(AuditEvent e) {
            return new Entry(e.getKind(), e.getActorName(), e.getRecordType(),
                    "private-note".equals(e.getRecordType()) ? null : e.getRecordId(), e.getDetail());
        }
    }
}
