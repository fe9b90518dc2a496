package org.trustwork.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.session.SessionViews.Conflict;
import org.trustwork.session.SessionViews.NoteSnapshot;
import org.trustwork.session.SessionViews.RevisionInfo;
import org.trustwork.session.SessionViews.Saved;

/** Private notes reach their author only; a session reaches its couple's therapist only; partners get the summary. */
@TrustworkTest
class SessionNotesAndAccessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    SessionService sessions;
    @Autowired
    SessionNoteRepository noteRows;
    @Autowired
    SessionNotesService notes;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private <T> T as(String email, java.util.function.Supplier<T> step) {
        return runAs.as(email, step);
    }

    private long riveraSessionForMayaAndTom() {
        long coupleId = clinic.coupleId("Maya & Tom");
        return as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant(), 50).id());
    }

    @Test
    void notes_save_with_a_new_revision_each_time_and_reopen_with_the_latest_text() {
        long id = riveraSessionForMayaAndTom();
        as(DemoClinic.RIVERA, () -> {
            assertThat(notes.open(id, null).revision()).isZero();
            var first = (Saved) notes.save(id, null, 0, "Tom acknowledged the lying");
            clock.advance(Duration.ofSeconds(30));
            var second = (Saved) notes.save(id, null, first.revision(), "Tom acknowledged the lying. Maya cried.");

            assertThat(second.revision()).isEqualTo(2);
            assertThat(notes.open(id, null).body()).isEqualTo("Tom acknowledged the lying. Maya cried.");
            assertThat(notes.history(id, null)).extracting(RevisionInfo::revision).containsExactly(2, 1);
            return null;
        });
    }

    @Test
    void autosaves_while_typing_keep_one_version_per_burst_yet_store_every_save_at_once() {
        long id = riveraSessionForMayaAndTom();
        as(DemoClinic.RIVERA, () -> {
            int revision = 0;
            for (String typed : List.of("T", "Tom a", "Tom ackno", "Tom acknowledged")) {
                revision = ((Saved) notes.save(id, null, revision, typed)).revision();
                assertThat(notes.open(id, null).body()).as("what a crash would leave").isEqualTo(typed);
                clock.advance(Duration.ofMillis(1500));
            }
            assertThat(notes.history(id, null)).extracting(RevisionInfo::body).containsExactly("Tom acknowledged");
            assertThat(notes.save(id, null, revision - 1, "From a tab that saw an older text"))
                    .as("another tab's outdated copy is still caught").isInstanceOf(Conflict.class);

            clock.advance(Duration.ofSeconds(40));
            revision = ((Saved) notes.save(id, null, revision, "Tom acknowledged the lying")).revision();
            // typing on without a pause for more than a minute: one version per minute
            for (int second = 2; second <= 70; second += 2) {
                clock.advance(Duration.ofSeconds(2));
                revision = ((Saved) notes.save(id, null, revision, "Tom acknowledged the lying." + second)).revision();
            }
            assertThat(notes.history(id, null)).extracting(RevisionInfo::body, RevisionInfo::conflict).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Tom acknowledged the lying.70", false),
                    org.assertj.core.groups.Tuple.tuple("Tom acknowledged the lying.58", false),
                    org.assertj.core.groups.Tuple.tuple("From a tab that saw an older text", true),
                    org.assertj.core.groups.Tuple.tuple("Tom acknowledged", false));
            return null;
        });
    }

    @Test
    void a_save_from_an_outdated_tab_is_a_conflict_and_both_texts_are_kept() {
        long id = riveraSessionForMayaAndTom();
        as(DemoClinic.RIVERA, () -> {
            notes.save(id, null, 0, "Written in tab A");

            var result = notes.save(id, null, 0, "Written in tab B");

            assertThat(result).isInstanceOf(Conflict.class);
            assertThat(((Conflict) result).currentBody()).isEqualTo("Written in tab A");
            assertThat(notes.open(id, null).body()).as("the first save is not overwritten").isEqualTo("Written in tab A");
            assertThat(notes.history(id, null)).extracting(RevisionInfo::body, RevisionInfo::conflict)
                    .contains(org.assertj.core.groups.Tuple.tuple("Written in tab A", false),
                            org.assertj.core.groups.Tuple.tuple("Written in tab B", true));
            return null;
        });
    }

    @Test
    void notes_per_agenda_item_are_kept_apart_from_the_session_notes() {
        long id = riveraSessionForMayaAndTom();
        as(DemoClinic.RIVERA, () -> {
            long itemId = sessions.addFreeItem(id, "Check-in", 5).agenda().getFirst().id();
            notes.save(id, itemId, 0, "Item note");
            notes.save(id, null, 0, "Session note");

            assertThat(notes.open(id, itemId).body()).isEqualTo("Item note");
            assertThat(notes.open(id, null).body()).isEqualTo("Session note");
            return null;
        });
    }

    @Test
    void two_tabs_opened_on_empty_notes_share_one_row_and_cannot_overwrite_each_other() {
        long id = riveraSessionForMayaAndTom();
        long rowsBefore = noteRows.count();
        as(DemoClinic.RIVERA, () -> {
            long itemId = sessions.addFreeItem(id, "Check-in", 5).agenda().getFirst().id();
            NoteSnapshot first = notes.open(id, itemId);
            NoteSnapshot second = notes.open(id, itemId);
            assertThat(first.revision()).isZero();
            assertThat(first.body()).isEmpty();
            // the first opening creates the empty notes, the second finds them
            assertThat(noteRows.count()).isEqualTo(rowsBefore + 1);

            assertThat(notes.save(id, itemId, first.revision(), "Typed in the first tab")).isInstanceOf(Saved.class);
            assertThat(notes.save(id, itemId, second.revision(), "Typed in the second tab"))
                    .isInstanceOf(Conflict.class);
            assertThat(notes.open(id, itemId).body()).isEqualTo("Typed in the first tab");
            return null;
        });
        assertThat(noteRows.count()).isEqualTo(rowsBefore + 1);
    }

    @Test
    void two_tabs_creating_the_same_notes_at_once_cannot_leave_two_rows_behind() {
        long id = riveraSessionForMayaAndTom();
        long author = as(DemoClinic.RIVERA, () -> {
            notes.open(id, null);
            return accounts.myAccount().getId();
        });
        // What the losing tab of a creation race would insert: refused, so the notes stay one row.
        assertThatThrownBy(() -> noteRows.saveAndFlush(new SessionNote(id, null, author)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void another_therapist_reaches_neither_the_session_nor_its_notes() {
        long id = riveraSessionForMayaAndTom();
        as(DemoClinic.RIVERA, () -> notes.save(id, null, 0, "Private"));

        as(DemoClinic.OKAFOR, () -> {
            assertThatThrownBy(() -> sessions.session(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.open(id, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.history(id, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notes.save(id, null, 1, "overwrite")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> sessions.start(id)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void partners_and_admins_reach_neither_the_session_nor_its_notes() {
        long id = riveraSessionForMayaAndTom();
        for (String outsider : new String[] {DemoClinic.MAYA, DemoClinic.ADMIN}) {
            as(outsider, () -> {
                assertThatThrownBy(() -> sessions.session(id)).as(outsider).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> notes.open(id, null)).as(outsider).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> notes.history(id, null)).as(outsider)
                        .isInstanceOf(AccessDeniedException.class);
                return null;
            });
        }
    }

    @Test
    void partners_read_the_published_summary_of_their_own_couple_and_nothing_before_it_is_published() {
        long id = riveraSessionForMayaAndTom();
        as(DemoClinic.RIVERA, () -> {
            sessions.start(id);
            notes.save(id, null, 0, "PRIVATE: suspect more contact than admitted");
            sessions.end(id);
            return sessions.saveSharedSummary(id, "We agreed on a daily 10-minute check-in.");
        });
        assertThat(as(DemoClinic.MAYA, sessions::publishedSummariesForMyCouple))
                .noneMatch(s -> s.sessionId() == id);

        as(DemoClinic.RIVERA, () -> sessions.publishSummary(id));

        var mayasView = as(DemoClinic.MAYA, sessions::publishedSummariesForMyCouple);
        assertThat(mayasView).anySatisfy(s -> {
            assertThat(s.sessionId()).isEqualTo(id);
            assertThat(s.text()).isEqualTo("We agreed on a daily 10-minute check-in.");
        });
        assertThat(mayasView).noneMatch(s -> s.text().contains("PRIVATE"));
        assertThat(as(DemoClinic.CHRIS, sessions::publishedSummariesForMyCouple))
                .as("another couple's partner").noneMatch(s -> s.sessionId() == id);
    }
}
