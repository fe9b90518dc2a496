package org.trustwork.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.homework.HomeworkViews.PartnerTask;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;

/** Assigning, doing, undoing and reflecting, each tried by the right and by the wrong person. */
@TrustworkTest
class HomeworkServiceTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    HomeworkService homework;
    @Autowired
    CoupleService couples;
    @Autowired
    PracticeService practices;
    @Autowired
    TestClock clock;
    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    long coupleId;
    CoupleDetails couple;
    String partnerOne;
    String partnerTwo;

    private <T> T as(String email, Supplier<T> step) {
        return runAs.as(email, step);
    }

    private void as(String email, Runnable step) {
        as(email, () -> {
            step.run();
            return null;
        });
    }

    @BeforeEach
    void newCouple() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        partnerOne = couple.partners().get(0).email();
        partnerTwo = couple.partners().get(1).email();
    }

    private long assign(Long assigneeAccountId, Cadence cadence, int timesPerWeek, int days) {
        return as(DemoClinic.RIVERA, () -> {
            long practiceId = practices.search(PracticeFilter.ALL).get(2).id();
            NewHomework form = homework.draftFrom(practiceId);
            form.setAssigneeAccountId(assigneeAccountId);
            form.setCadence(cadence);
            form.setTimesPerWeek(timesPerWeek);
            form.setStartDate(form.getStartDate());
            form.setEndDate(form.getStartDate().plusDays(days));
            return homework.assign(coupleId, form);
        });
    }

    @Test
    void the_draft_starts_from_the_practices_default_exercise() {
        var practice = as(DemoClinic.RIVERA, () -> practices.search(PracticeFilter.ALL).get(2));
        NewHomework draft = as(DemoClinic.RIVERA, () -> homework.draftFrom(practice.id()));
        assertThat(draft.getTitle()).isEqualTo(practice.homework().title());
        assertThat(draft.getInstructions()).isEqualTo(practice.homework().instructions());
        assertThat(draft.getCadence()).isEqualTo(practice.homework().cadence());
    }

    @Test
    void a_practice_with_a_part_for_the_hurt_partner_brings_it_labelled_to_the_partners_homework() {
        var triggers = as(DemoClinic.RIVERA, () -> practices.bySlug("remove-triggers").orElseThrow());
        NewHomework draft = as(DemoClinic.RIVERA, () -> homework.draftFrom(triggers.id()));
        assertThat(draft.getInstructions()).isEqualTo(triggers.homework().instructions() + "\n\n"
                + "The hurt partner's own part: " + triggers.hurtPartnerPart());
        draft.setEndDate(draft.getStartDate().plusDays(7));
        as(DemoClinic.RIVERA, () -> homework.assign(coupleId, draft));

        assertThat(as(partnerTwo, homework::myTasks)).singleElement()
                .satisfies(task -> assertThat(task.instructions()).contains("The hurt partner's own part: Make a short plan"));
    }

    @Test
    void pair_homework_reaches_both_partners_and_one_partners_homework_only_that_partner() {
        assign(null, Cadence.ONCE, 1, 7);
        assign(couple.partners().get(0).accountId(), Cadence.ONCE, 1, 3);

        assertThat(as(partnerOne, homework::myTasks)).hasSize(2);
        assertThat(as(partnerTwo, homework::myTasks)).hasSize(1).allMatch(PartnerTask::together);
    }

    @Test
    void recurring_homework_is_done_occurrence_by_occurrence() {
        assign(null, Cadence.DAILY, 7, 4);
        List<PartnerTask> tasks = as(partnerOne, homework::myTasks);
        assertThat(tasks).hasSize(5);

        as(partnerOne, () -> homework.markDone(tasks.getFirst().occurrenceId()));

        assertThat(as(partnerTwo, homework::myTasks)).filteredOn(PartnerTask::done).hasSize(1)
                .allSatisfy(t -> assertThat(t.completedBy()).isEqualTo(couple.partners().get(0).displayName()));
    }

    @Test
    void a_completion_can_be_undone_the_same_day_by_its_author_only() {
        assign(null, Cadence.ONCE, 1, 7);
        long occurrence = as(partnerOne, homework::myTasks).getFirst().occurrenceId();
        as(partnerOne, () -> homework.markDone(occurrence));

        assertThatThrownBy(() -> as(partnerTwo, () -> homework.undo(occurrence)))
                .isInstanceOf(HomeworkException.class);
        as(partnerOne, () -> homework.undo(occurrence));
        assertThat(as(partnerOne, homework::myTasks).getFirst().done()).isFalse();

        as(partnerOne, () -> homework.markDone(occurrence));
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> as(partnerOne, () -> homework.undo(occurrence)))
                .isInstanceOf(HomeworkException.class).hasMessageContaining("on the day");
    }

    @Test
    void a_private_reflection_reaches_the_therapist_but_not_the_other_partner_and_a_shared_one_reaches_both() {
        assign(null, Cadence.ONCE, 1, 7);
        long occurrence = as(partnerOne, homework::myTasks).getFirst().occurrenceId();
        as(partnerOne, () -> homework.markDone(occurrence));
        as(partnerOne, () -> homework.reflect(occurrence, "Hard to hear, but it helped.", 4, 5,
                ReflectionVisibility.THERAPIST_ONLY));

        assertThat(as(partnerTwo, homework::myTasks).getFirst().sharedWithMe()).isEmpty();
        assertThat(as(DemoClinic.RIVERA, () -> homework.board(coupleId)).reflections())
                .anySatisfy(r -> assertThat(r.reflection().body()).isEqualTo("Hard to hear, but it helped."));

        as(partnerOne, () -> homework.reflect(occurrence, "Hard to hear, but it helped.", 4, 5,
                ReflectionVisibility.THERAPIST_AND_PARTNER));
        assertThat(as(partnerTwo, homework::myTasks).getFirst().sharedWithMe())
                .singleElement().satisfies(r -> assertThat(r.body()).isEqualTo("Hard to hear, but it helped."));
    }

    @Test
    void the_board_counts_late_and_done_per_assignment() {
        assign(null, Cadence.DAILY, 7, 6);
        List<PartnerTask> tasks = as(partnerOne, homework::myTasks);
        as(partnerOne, () -> homework.markDone(tasks.get(0).occurrenceId()));
        clock.advance(Duration.ofDays(3));

        var row = as(DemoClinic.RIVERA, () -> homework.board(coupleId)).rows().getFirst();
        assertThat(row.due()).isEqualTo(3);
        assertThat(row.done()).isEqualTo(1);
        assertThat(row.late()).isEqualTo(2);
    }

    @Test
    void another_couples_partner_another_therapist_and_an_admin_are_refused() {
        assign(null, Cadence.ONCE, 1, 7);
        long occurrence = as(partnerOne, homework::myTasks).getFirst().occurrenceId();

        assertThatThrownBy(() -> as(DemoClinic.MAYA, () -> homework.markDone(occurrence)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.MAYA, () -> homework.reflect(occurrence, "x", 1, 1,
                ReflectionVisibility.THERAPIST_ONLY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> homework.board(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.ADMIN, () -> homework.board(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(partnerOne, () -> homework.board(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void homework_for_one_partner_is_out_of_reach_of_the_other() {
        assign(couple.partners().get(0).accountId(), Cadence.ONCE, 1, 3);
        long occurrence = as(partnerOne, homework::myTasks).getFirst().occurrenceId();

        assertThatThrownBy(() -> as(partnerTwo, () -> homework.markDone(occurrence)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_open_board_is_told_after_a_partner_completes_homework() throws Exception {
        assign(null, Cadence.ONCE, 1, 7);
        long occurrence = as(partnerOne, homework::myTasks).getFirst().occurrenceId();
        // Notices arrive after the commit, on a delivery thread of their own.
        var board = new java.util.concurrent.CountDownLatch(1);
        var caseload = new java.util.concurrent.CountDownLatch(1);
        var deliveredOn = new java.util.concurrent.atomic.AtomicReference<Thread>();
        var subscription = liveUpdates.subscribe(HomeworkEvent.HomeworkCompleted.class,
                done -> done.coupleId() == coupleId && done.occurrenceId() == occurrence, () -> {
                    deliveredOn.set(Thread.currentThread());
                    board.countDown();
                });
        var caseloadSubscription = liveUpdates.subscribe(HomeworkEvent.class,
                event -> event.therapistAccountId() == couple.therapistAccountId(), caseload::countDown);
        try {
            as(partnerOne, () -> homework.markDone(occurrence));
            assertThat(board.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(caseload.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            subscription.cancel();
            caseloadSubscription.cancel();
        }
        assertThat(deliveredOn.get()).isNotSameAs(Thread.currentThread());
    }

    @Test
    void dates_out_of_range_are_refused_with_a_reason() {
        assertThatThrownBy(() -> assign(null, Cadence.DAILY, 7, 7 * 27))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining("26 weeks");
    }
}
