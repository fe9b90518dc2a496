package org.trustwork.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;

/** The queue's states, the release day, the session outcomes and the readiness checklist that gates scheduling. */
@TrustworkTest
class DisclosureWorkflowTest {

    @Autowired
    DisclosureService disclosure;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask systemTask;
    @Autowired
    TestClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private long coupleId;
    private String hurt;
    private String involved;

    private <T> T as(String email, Supplier<T> step) {
        return new RunAs(users, contextHolder).as(email, step);
    }

    private void run(String email, Runnable step) {
        as(email, () -> {
            step.run();
            return null;
        });
    }

    @BeforeEach
    void couple() {
        coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        CoupleDetails couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        hurt = couple.partners().get(0).email();
        involved = couple.partners().get(1).email();
        long hurtId = couple.partners().get(0).accountId();
        run(DemoClinic.RIVERA, () -> disclosure.designateHurtPartner(coupleId, hurtId));
    }

    @Autowired
    org.trustwork.safety.SafetyService safety;
    @Autowired
    org.trustwork.couple.CoupleService coupleService;

    @Test
    void a_question_goes_from_draft_to_its_outcome_and_new_ones_can_follow() {
        long id = as(hurt, () -> disclosure.draft("  When did it start?  "));
        assertThatThrownBy(() -> run(DemoClinic.RIVERA, () -> disclosure.release(id, disclosure.today())))
                .as("a draft is not the therapist's").isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        run(hurt, () -> disclosure.revise(id, "When did it begin?"));
        run(hurt, () -> disclosure.submit(id));
        assertThatThrownBy(() -> run(hurt, () -> disclosure.submit(id))).isInstanceOf(DisclosureException.class);
        assertThatThrownBy(() -> run(DemoClinic.RIVERA, () -> disclosure.release(id, disclosure.today())))
                .hasMessageContaining("Only an approved question");
        run(DemoClinic.RIVERA, () -> disclosure.sort(id, QuestionStatus.DISCUSS_FIRST));
        run(DemoClinic.RIVERA, () -> disclosure.sort(id, QuestionStatus.APPROVED));
        assertThatThrownBy(() -> run(DemoClinic.RIVERA, () -> disclosure.release(id, disclosure.today().minusDays(1))))
                .hasMessageContaining("today or a later day");
        run(DemoClinic.RIVERA, () -> disclosure.release(id, disclosure.today()));
        assertThatThrownBy(() -> run(DemoClinic.RIVERA, () -> disclosure.mark(id, Outcome.DECLINED, null, " ")))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> run(DemoClinic.RIVERA, () -> disclosure.mark(id, Outcome.DEFERRED, null, null)))
                .hasMessageContaining("later day");

        run(involved, () -> disclosure.answer(id, "In the spring."));
        run(DemoClinic.RIVERA, () -> disclosure.mark(id, Outcome.DEFERRED, disclosure.today().plusWeeks(1), null));
        run(involved, () -> disclosure.answer(id, "In March, after the conference."));
        run(DemoClinic.RIVERA, () -> disclosure.mark(id, Outcome.ANSWERED, null, null));
        assertThatThrownBy(() -> run(involved, () -> disclosure.answer(id, "Changed later")))
                .isInstanceOf(DisclosureException.class);
        assertThatThrownBy(() -> run(hurt, () -> disclosure.revise(id, "Changed later")))
                .hasMessageContaining("new question");

        var own = as(hurt, disclosure::mine).ownQuestions().getFirst();
        assertThat(own.text()).isEqualTo("When did it begin?");
        assertThat(own.outcome()).isEqualTo(Outcome.ANSWERED);
        long next = as(hurt, () -> disclosure.draft("Did you tell anyone?"));
        run(hurt, () -> disclosure.submit(next));
        assertThat(as(DemoClinic.RIVERA, () -> disclosure.queue(coupleId)).questions()).hasSize(2);
    }

    @Test
    void a_question_released_for_a_later_day_reaches_the_involved_partner_on_that_day_not_before() {
        long id = as(hurt, () -> disclosure.draft("Where did you meet?"));
        run(hurt, () -> disclosure.submit(id));
        run(DemoClinic.RIVERA, () -> disclosure.sort(id, QuestionStatus.APPROVED));
        LocalDate releaseOn = disclosure.today().plusDays(2);
        run(DemoClinic.RIVERA, () -> disclosure.release(id, releaseOn));

        clock.advance(Duration.ofDays(1));
        assertThat(as(involved, disclosure::mine).toAnswer()).as("the day before").isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(disclosure.today()).isEqualTo(releaseOn);
        assertThat(as(involved, disclosure::mine).toAnswer()).extracting(DisclosureViews.QuestionToAnswer::text)
                .containsExactly("Where did you meet?");
    }

    @Test
    void holding_an_approved_question_takes_its_release_day_back() {
        long id = as(hurt, () -> disclosure.draft("Do you still think of them?"));
        run(hurt, () -> disclosure.submit(id));
        run(DemoClinic.RIVERA, () -> {
            disclosure.sort(id, QuestionStatus.APPROVED);
            disclosure.release(id, disclosure.today());
            disclosure.sort(id, QuestionStatus.HELD);
        });
        assertThat(as(involved, disclosure::mine).toAnswer()).isEmpty();
        assertThat(as(DemoClinic.RIVERA, () -> disclosure.queue(coupleId)).questions().getFirst().releaseOn()).isNull();
    }

    @Test
    void bad_text_is_refused_with_a_message() {
        assertThatThrownBy(() -> as(hurt, () -> disclosure.draft("   "))).isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("Write your question");
        assertThatThrownBy(() -> as(hurt, () -> disclosure.draft("x".repeat(1001))))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void the_hurt_partner_is_fixed_once_questions_exist() {
        var partners = as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).partners();
        as(hurt, () -> disclosure.draft("A first question"));
        assertThatThrownBy(() -> run(DemoClinic.RIVERA,
                () -> disclosure.designateHurtPartner(coupleId, partners.get(1).accountId())))
                .hasMessageContaining("can no longer change");
    }

    @Test
    void a_disclosure_session_is_scheduled_only_when_every_checklist_item_is_met() {
        var added = new AtomicInteger();
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> disclosure.scheduleDisclosureSession(coupleId, 1,
                () -> added.incrementAndGet())))
                .isInstanceOf(DisclosureException.class).hasMessageContaining("Safety screen followed up");
        run(DemoClinic.RIVERA, () -> List.of(ReadinessItem.CONTACT_ENDED, ReadinessItem.NO_ACUTE_RISK,
                ReadinessItem.SUPPORT_IN_PLACE).forEach(item -> disclosure.tick(coupleId, item, true)));
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> disclosure.scheduleDisclosureSession(coupleId, 1,
                () -> added.incrementAndGet())))
                .hasMessageContaining("Safety screen followed up").hasMessageNotContaining("affair partner");
        assertThat(added).as("nothing added while not ready").hasValue(0);

        // The safety feature answers this item through its ReadinessSource: both partners answer, nothing positive.
        var partners = as(DemoClinic.RIVERA, () -> coupleService.couple(coupleId)).partners();
        for (var partner : partners) {
            run(partner.email(), () -> safety.answerMine(java.util.Map.of("humiliated", false, "afraid", false,
                    "forced_sexual", false, "physically_hurt", false)));
        }
        var readiness = as(DemoClinic.RIVERA, () -> disclosure.readiness(coupleId));
        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.lines().getFirst().automatic()).singleElement()
                .satisfies(a -> assertThat(a.source()).isEqualTo("Safety screen"));
        run(DemoClinic.RIVERA, () -> disclosure.tick(coupleId, ReadinessItem.SAFETY_SCREEN, true));
        assertThat(as(DemoClinic.RIVERA, () -> disclosure.readiness(coupleId)).lines())
                .allSatisfy(line -> assertThat(line.tickedOn()).isEqualTo(disclosure.today()));
        long item = as(DemoClinic.RIVERA, () -> disclosure.scheduleDisclosureSession(coupleId, 1, () -> 900_000L + coupleId));
        assertThat(as(DemoClinic.RIVERA, () -> disclosure.isDisclosureItem(item))).isTrue();
        assertThat(as(DemoClinic.OKAFOR, () -> disclosure.isDisclosureItem(item))).isFalse();

        SafetyAnswers.met.set(false);
        try {
            assertThat(as(DemoClinic.RIVERA, () -> disclosure.readiness(coupleId)).ready())
                    .as("an automatic \"not met\" (here a stand-in source) outweighs the tick").isFalse();
        } finally {
            SafetyAnswers.met.set(null);
        }
    }

    /** Stands in for the safety feature's contribution; silent unless a test sets an answer. */
    @TestConfiguration
    static class SafetyAnswers {
        static final java.util.concurrent.atomic.AtomicReference<Boolean> met = new java.util.concurrent.atomic.AtomicReference<>();

        @Bean
        ReadinessSource testSafetyScreen() {
            return id -> met.get() == null ? List.of() : List.of(new ReadinessSource.ReadinessAnswer(
                    ReadinessItem.SAFETY_SCREEN, met.get(), LocalDate.of(2026, 1, 5), "Safety screen"));
        }
    }
}
