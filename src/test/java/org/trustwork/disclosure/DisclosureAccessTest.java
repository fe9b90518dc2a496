package org.trustwork.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.datarights.CoupleDataExport;
import org.trustwork.disclosure.DisclosureViews.MyPart;
import org.trustwork.security.SystemTask;

/**
 * Who sees a disclosure question, tried with the wrong person each time: the involved partner sees a question only
 * once it is approved and its release day has come, never a draft, a held, to-discuss-first or withdrawn one, nor
 * the therapist's rewording; the hurt partner never sees the written answer; the therapist never sees a draft;
 * another couple's partners and another therapist see nothing; the data export carries only what was released.
 */
@TrustworkTest
class DisclosureAccessTest {

    @Autowired
    DisclosureService disclosure;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask systemTask;
    @Autowired
    CoupleDataExport export;
    @Autowired
    TestClock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private long coupleId;
    private String hurt;
    private String involved;
    private long hurtId;

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
    void coupleWithHurtPartner() {
        coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        CoupleDetails couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        hurt = couple.partners().get(0).email();
        hurtId = couple.partners().get(0).accountId();
        involved = couple.partners().get(1).email();
        run(DemoClinic.RIVERA, () -> disclosure.designateHurtPartner(coupleId, hurtId));
    }

    /** One question in each state the involved partner must not see, and one released today. */
    private Map<String, Long> questionsInEveryState() {
        var ids = new LinkedHashMap<String, Long>();
        for (String name : new String[] {"draft", "submitted", "held", "discuss", "withdrawn", "later", "today"}) {
            ids.put(name, as(hurt, () -> disclosure.draft("Question " + name + " " + coupleId + "?")));
        }
        for (String name : new String[] {"submitted", "held", "discuss", "withdrawn", "later", "today"}) {
            run(hurt, () -> disclosure.submit(ids.get(name)));
        }
        run(hurt, () -> disclosure.withdraw(ids.get("withdrawn")));
        run(DemoClinic.RIVERA, () -> {
            disclosure.sort(ids.get("held"), QuestionStatus.HELD);
            disclosure.sort(ids.get("discuss"), QuestionStatus.DISCUSS_FIRST);
            disclosure.sort(ids.get("later"), QuestionStatus.APPROVED);
            disclosure.sort(ids.get("today"), QuestionStatus.APPROVED);
            disclosure.suggestWording(ids.get("today"), "Rewording only the hurt partner sees " + coupleId);
            disclosure.release(ids.get("later"), disclosure.today().plusDays(3));
            disclosure.release(ids.get("today"), disclosure.today());
        });
        return ids;
    }

    private String text(String name) {
        return "Question " + name + " " + coupleId + "?";
    }

    @Test
    void the_involved_partner_sees_only_questions_released_on_a_day_that_has_come() {
        var ids = questionsInEveryState();

        var seen = as(involved, disclosure::mine);
        assertThat(seen.part()).isEqualTo(MyPart.INVOLVED_PARTNER);
        assertThat(seen.toAnswer()).extracting(DisclosureViews.QuestionToAnswer::text).containsExactly(text("today"));
        assertThat(seen.toString()).doesNotContain("Rewording only", text("draft"), text("held"), text("later"));
        assertThat(as(involved, disclosure::myQuestionsToAnswer)).as("badge").isEqualTo(1);
        for (String hidden : new String[] {"draft", "submitted", "held", "discuss", "withdrawn", "later"}) {
            assertThatThrownBy(() -> run(involved, () -> disclosure.answer(ids.get(hidden), "An answer")))
                    .as(hidden).isInstanceOf(AccessDeniedException.class);
        }

        clock.advance(Duration.ofDays(3));
        assertThat(as(involved, disclosure::mine).toAnswer()).extracting(DisclosureViews.QuestionToAnswer::text)
                .containsExactly(text("today"), text("later"));
    }

    @Test
    void a_withdrawn_or_revised_released_question_leaves_the_involved_partner_at_once() {
        var ids = questionsInEveryState();
        run(hurt, () -> disclosure.revise(ids.get("today"), "Changed after release " + coupleId));
        assertThat(as(involved, disclosure::mine).toAnswer()).isEmpty();
        assertThat(as(DemoClinic.RIVERA, () -> disclosure.queue(coupleId)).questions().stream()
                .filter(q -> q.id() == ids.get("today")).findFirst().orElseThrow().status())
                .as("back with the therapist to be sorted again").isEqualTo(QuestionStatus.SUBMITTED);

        run(DemoClinic.RIVERA, () -> {
            disclosure.sort(ids.get("today"), QuestionStatus.APPROVED);
            disclosure.release(ids.get("today"), disclosure.today());
        });
        assertThat(as(involved, disclosure::mine).toAnswer()).hasSize(1);
        run(hurt, () -> disclosure.withdraw(ids.get("today")));
        assertThat(as(involved, disclosure::mine).toAnswer()).isEmpty();
        assertThat(as(involved, disclosure::myQuestionsToAnswer)).isZero();
    }

    @Test
    void the_therapist_never_sees_a_draft_and_the_hurt_partner_never_sees_the_written_answer() {
        var ids = questionsInEveryState();
        var queue = as(DemoClinic.RIVERA, () -> disclosure.queue(coupleId));
        assertThat(queue.questions()).extracting(DisclosureViews.SortedQuestion::text).doesNotContain(text("draft"));
        assertThatThrownBy(() -> run(DemoClinic.RIVERA, () -> disclosure.sort(ids.get("draft"), QuestionStatus.APPROVED)))
                .isInstanceOf(AccessDeniedException.class);

        run(involved, () -> disclosure.answer(ids.get("today"), "The written answer " + coupleId));
        assertThat(as(DemoClinic.RIVERA, () -> disclosure.sessionQuestions(coupleId)).getFirst().answer())
                .isEqualTo("The written answer " + coupleId);
        var own = as(hurt, disclosure::mine);
        assertThat(own.part()).isEqualTo(MyPart.HURT_PARTNER);
        assertThat(own.toString()).doesNotContain("The written answer");
        assertThat(own.ownQuestions()).filteredOn(q -> q.id() == ids.get("today")).singleElement()
                .satisfies(q -> assertThat(q.suggestedWording()).startsWith("Rewording only"));
    }

    @Test
    void another_couples_partners_another_therapist_and_an_admin_are_refused() {
        var ids = questionsInEveryState();
        long today = ids.get("today");
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> disclosure.queue(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(DemoClinic.OKAFOR, () -> disclosure.sort(today, QuestionStatus.HELD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> disclosure.sessionQuestions(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.ADMIN, () -> disclosure.queue(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        // Partners of the demo couple: not theirs, whatever the id.
        assertThatThrownBy(() -> run(DemoClinic.MAYA, () -> disclosure.answer(today, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(DemoClinic.MAYA, () -> disclosure.revise(today, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(DemoClinic.MAYA, disclosure::mine).toString()).doesNotContain(String.valueOf(coupleId) + "?");
        // The couple's own partners in the wrong part, and partners at the therapist's steps.
        assertThatThrownBy(() -> as(involved, () -> disclosure.draft("Not mine to ask")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(involved, () -> disclosure.withdraw(today)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(hurt, () -> disclosure.answer(today, "x")))
                .isInstanceOf(AccessDeniedException.class);
        for (String partner : new String[] {hurt, involved}) {
            assertThatThrownBy(() -> run(partner, () -> disclosure.release(today, disclosure.today())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(partner, () -> disclosure.queue(coupleId)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_data_export_holds_released_questions_only_and_an_answer_once_answered_in_session() {
        var ids = questionsInEveryState();
        run(involved, () -> disclosure.answer(ids.get("today"), "Answer kept for session " + coupleId));
        String zip = exported();
        assertThat(zip).contains(text("today"));
        for (String hidden : new String[] {"draft", "submitted", "held", "discuss", "withdrawn", "later"}) {
            assertThat(zip).as(hidden).doesNotContain(text(hidden));
        }
        assertThat(zip).doesNotContain("Rewording only", "Answer kept for session");

        run(DemoClinic.RIVERA, () -> disclosure.mark(ids.get("today"), Outcome.ANSWERED, null, null));
        assertThat(exported()).contains("Answer kept for session " + coupleId);
    }

    /** Every file of the couple's ZIP as one text. */
    private String exported() {
        byte[] bytes = systemTask.callAsAdmin(() -> export.export(coupleId)).zip();
        var all = new StringBuilder();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                all.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}
