package org.trustwork.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.audit.AuditEvent;
import org.trustwork.audit.AuditLogTestAccess;
import org.trustwork.couple.CoupleService;
import org.trustwork.datarights.CoupleDataExport;
import org.trustwork.emergency.EmergencyAccessService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkException;
import org.trustwork.homework.HomeworkService;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.AgendaTemplateService;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionStateException;

/**
 * The safety screen (issue 21): a partner's answers reach that partner, their therapist and a colleague covering
 * under emergency access, and nobody else by any service, export or audit entry; a positive screen holds the
 * flagged practices back from agendas and homework until the therapist records the follow-up.
 */
@TrustworkTest
class SafetyScreenTest {

    private static final Map<String, Boolean> ALL_NO = Map.of("humiliated", false, "afraid", false,
            "forced_sexual", false, "physically_hurt", false);
    private static final Map<String, Boolean> AFRAID = Map.of("humiliated", false, "afraid", true,
            "forced_sexual", false, "physically_hurt", false);

    @Autowired
    SafetyService safety;
    @Autowired
    ScreenCatalogue catalogue;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    PracticeService practices;
    @Autowired
    HomeworkService homework;
    @Autowired
    SessionService sessions;
    @Autowired
    AgendaTemplateService templates;
    @Autowired
    EmergencyAccessService emergency;
    @Autowired
    CoupleDataExport dataExport;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    java.time.Clock clock;
    @Autowired
    SystemTask systemTask;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    AuditLogTestAccess audit;

    RunAs runAs;
    long coupleId;
    String answering;
    String otherPartner;
    long answeringId;

    @BeforeEach
    void riveraCouple() {
        runAs = new RunAs(users, contextHolder);
        coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        var partners = runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).partners();
        answering = partners.get(0).email();
        answeringId = partners.get(0).accountId();
        otherPartner = partners.get(1).email();
    }

    private PracticeInfo practice(int number) {
        return runAs.as(DemoClinic.RIVERA, () -> practices.search(PracticeFilter.ALL).stream()
                .filter(p -> p.number() == number).findFirst().orElseThrow());
    }

    private void answer(String who, Map<String, Boolean> answers) {
        runAs.as(who, () -> {
            safety.answerMine(answers);
            return null;
        });
    }

    private ScreenStatus statusOf(long partnerId) {
        return runAs.as(DemoClinic.RIVERA, () -> safety.statuses(coupleId)).stream()
                .filter(s -> s.partnerAccountId() == partnerId).findFirst().orElseThrow().status();
    }

    private FollowUpForm followUp() {
        var form = new FollowUpForm();
        form.setHeldOn(calendar.today());
        form.setDecision(FollowUpDecision.CONTINUE_WITH_SAFETY_PLAN);
        form.setNote("Talked alone; safety plan agreed.");
        return form;
    }

    @Test
    void each_partner_is_asked_before_joint_work_and_the_therapist_sees_the_status_per_partner() {
        assertThat(runAs.as(answering, safety::isWaitingForMe)).isTrue();
        assertThat(runAs.as(otherPartner, safety::isWaitingForMe)).isTrue();
        assertThat(statusOf(answeringId)).isEqualTo(ScreenStatus.WAITING);

        answer(answering, ALL_NO);

        assertThat(runAs.as(answering, safety::isWaitingForMe)).isFalse();
        assertThat(runAs.as(otherPartner, safety::isWaitingForMe)).as("the other partner is asked on their own")
                .isTrue();
        assertThat(statusOf(answeringId)).isEqualTo(ScreenStatus.NO_FOLLOW_UP_NEEDED);
        assertThat(runAs.as(DemoClinic.RIVERA, () -> safety.caseloadStatuses()).get(coupleId))
                .extracting(s -> s.status().label()).containsExactly("done, no follow-up needed", "waiting");
    }

    @Test
    void asking_again_asks_both_partners_and_a_second_answer_is_recorded() {
        answer(answering, ALL_NO);
        answer(otherPartner, ALL_NO);
        runAs.as(DemoClinic.RIVERA, () -> {
            safety.askAgain(coupleId);
            return null;
        });
        assertThat(runAs.as(answering, safety::isWaitingForMe)).isTrue();
        assertThat(runAs.as(otherPartner, safety::isWaitingForMe)).isTrue();

        answer(answering, AFRAID);

        assertThat(statusOf(answeringId)).isEqualTo(ScreenStatus.NEEDS_FOLLOW_UP);
        assertThat(runAs.as(DemoClinic.RIVERA, () -> safety.answers(coupleId, answeringId))).hasSize(2)
                .first().satisfies(latest -> assertThat(latest.positive()).isTrue());
    }

    @Test
    void one_yes_is_positive_and_holds_the_flagged_practices_back_until_the_follow_up_is_recorded() {
        PracticeInfo affairTalks = practice(5);
        PracticeInfo acknowledge = practice(1);
        // A template made before the screen, holding a flagged practice.
        long templateId = runAs.as(DemoClinic.RIVERA, () -> {
            var session = sessions.plan(coupleId, clock.instant(), 50);
            sessions.addPractice(session.id(), affairTalks.id());
            return templates.saveAsTemplate(session.id(), "With affair talks " + coupleId).id();
        });
        answer(answering, AFRAID);
        assertThat(statusOf(answeringId)).isEqualTo(ScreenStatus.NEEDS_FOLLOW_UP);

        long sessionId = runAs.as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant(), 50).id());
        String question = catalogue.screen().items().get(1).text();
        runAs.as(DemoClinic.RIVERA, () -> {
            assertThatThrownBy(() -> homework.assign(coupleId, draft(affairTalks)))
                    .isInstanceOf(HomeworkException.class)
                    .hasMessageContaining("Record follow-up").hasMessageNotContaining(question)
                    .hasMessageNotContaining("afraid").hasMessageNotContaining("positive");
            assertThatThrownBy(() -> sessions.addPractice(sessionId, affairTalks.id()))
                    .isInstanceOf(SessionStateException.class).hasMessageContaining("follow-up");
            assertThatThrownBy(() -> templates.applyTemplate(sessionId, templateId))
                    .isInstanceOf(SessionStateException.class).hasMessageContaining("follow-up");
            // Practices without the flag go on as before.
            assertThat(homework.assign(coupleId, draft(acknowledge))).isPositive();
            assertThat(sessions.addPractice(sessionId, acknowledge.id()).agenda()).hasSize(1);
            for (int flagged : List.of(9, 10, 16, 18)) {
                assertThat(safety.heldBackReason(coupleId, practice(flagged).id())).as("#" + flagged).isPresent();
            }
            safety.recordFollowUp(coupleId, answeringId, followUp());
            return null;
        });

        assertThat(statusOf(answeringId)).isEqualTo(ScreenStatus.FOLLOWED_UP);
        runAs.as(DemoClinic.RIVERA, () -> {
            assertThat(homework.assign(coupleId, draft(affairTalks))).isPositive();
            assertThat(sessions.addPractice(sessionId, affairTalks.id()).agenda()).hasSize(2);
            assertThat(templates.applyTemplate(sessionId, templateId).agenda()).hasSize(3);
            return null;
        });
    }

    @Test
    void a_negative_screen_or_one_not_yet_answered_holds_nothing_back() {
        PracticeInfo affairTalks = practice(5);
        runAs.as(DemoClinic.RIVERA, () -> assertThat(safety.heldBackReason(coupleId, affairTalks.id())).isEmpty());
        answer(answering, ALL_NO);
        runAs.as(DemoClinic.RIVERA, () -> assertThat(homework.assign(coupleId, draft(affairTalks))).isPositive());
    }

    @Test
    void an_incomplete_screen_or_follow_up_is_refused_with_a_clear_reason() {
        assertThatThrownBy(() -> answer(answering, Map.of("afraid", true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answer every question");
        assertThat(runAs.as(answering, safety::isWaitingForMe)).isTrue();
        answer(answering, AFRAID);
        var future = followUp();
        future.setHeldOn(calendar.today().plusDays(1));
        var noDecision = followUp();
        noDecision.setDecision(null);
        runAs.as(DemoClinic.RIVERA, () -> {
            assertThatThrownBy(() -> safety.recordFollowUp(coupleId, answeringId, future))
                    .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                    .hasMessageContaining("already have taken place");
            assertThatThrownBy(() -> safety.recordFollowUp(coupleId, answeringId, noDecision))
                    .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                    .hasMessageContaining("Choose how the work goes on");
            return null;
        });
        assertThat(statusOf(answeringId)).isEqualTo(ScreenStatus.NEEDS_FOLLOW_UP);
    }

    @Test
    void nobody_else_gets_the_answers_by_any_service_method() {
        answer(answering, AFRAID);
        long practiceId = practice(5).id();
        List<Supplier<Object>> calls = List.of(
                () -> safety.answers(coupleId, answeringId),
                () -> safety.statuses(coupleId),
                () -> safety.heldBackReason(coupleId, practiceId),
                () -> {
                    safety.askAgain(coupleId);
                    return null;
                },
                () -> {
                    safety.recordFollowUp(coupleId, answeringId, followUp());
                    return null;
                });
        List<String> succeeded = new ArrayList<>();
        for (String who : List.of(otherPartner, DemoClinic.CHRIS, DemoClinic.OKAFOR, DemoClinic.ADMIN)) {
            for (int i = 0; i < calls.size(); i++) {
                var call = calls.get(i);
                try {
                    runAs.as(who, call);
                    succeeded.add(who + " call " + i);
                } catch (AccessDeniedException | AuthenticationException refused) {
                    // as it must be
                }
            }
        }
        assertThat(succeeded).isEmpty();
        // The caseload of another therapist has no trace of the couple; partners and admins have no caseload.
        assertThat(runAs.as(DemoClinic.OKAFOR, () -> safety.caseloadStatuses())).doesNotContainKey(coupleId);
        for (String who : List.of(otherPartner, DemoClinic.CHRIS, DemoClinic.ADMIN)) {
            assertThatThrownBy(() -> runAs.as(who, () -> safety.caseloadStatuses()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // The other partner's own copy holds only their own (unanswered) screen.
        String theirFile = new String(runAs.as(otherPartner, safety::myAnswersFile), StandardCharsets.UTF_8);
        assertThat(theirFile).doesNotContain("\"yes\"").contains("\"screens\" : [ ]");
        // The partner who answered gets theirs, and the screen stays theirs and their therapist's.
        String ownFile = new String(runAs.as(answering, safety::myAnswersFile), StandardCharsets.UTF_8);
        assertThat(ownFile).contains("\"yes\"");
        assertThat(statusOf(answeringId)).as("nobody else's attempt recorded a follow-up")
                .isEqualTo(ScreenStatus.NEEDS_FOLLOW_UP);
    }

    @Test
    void a_colleague_covering_under_emergency_access_sees_the_answers_only_while_the_grant_runs() {
        answer(answering, AFRAID);
        long okafor = accounts.credentialsFor(DemoClinic.OKAFOR).orElseThrow().accountId();
        var grant = runAs.as(DemoClinic.ADMIN, () -> emergency.grant(coupleId, okafor, 30, "Dr Rivera is away"));
        assertThat(runAs.as(DemoClinic.OKAFOR, () -> safety.answers(coupleId, answeringId))).hasSize(1);
        runAs.as(DemoClinic.ADMIN, () -> {
            emergency.withdraw(grant.id());
            return null;
        });
        assertThatThrownBy(() -> runAs.as(DemoClinic.OKAFOR, () -> safety.answers(coupleId, answeringId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_couples_export_and_the_audit_trail_never_carry_the_answers() throws Exception {
        answer(answering, AFRAID);
        runAs.as(DemoClinic.RIVERA, () -> safety.answers(coupleId, answeringId));
        List<AuditEvent> entries = audit.latest(20).stream()
                .filter(e -> e.getRecordType() != null && e.getRecordType().startsWith("safety-screen")).toList();
        assertThat(entries).extracting(AuditEvent::getDetail)
                .contains("safety screen answered", "safety screen answers viewed");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getCoupleId()).as("kept out of the couple's own trail").isNull();
            assertThat(e.getDetail()).doesNotContainIgnoringCase("yes").doesNotContainIgnoringCase("afraid")
                    .doesNotContainIgnoringCase("positive");
        });

        byte[] zip = runAs.as(DemoClinic.ADMIN, () -> dataExport.export(coupleId)).zip();
        StringBuilder everything = new StringBuilder();
        String readme = null;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                everything.append(text);
                if (entry.getName().equals("README.txt")) {
                    readme = text;
                }
            }
        }
        for (ScreenDefinition.Item item : catalogue.screen().items()) {
            assertThat(everything.toString()).doesNotContain(item.text());
        }
        assertThat(everything.toString()).doesNotContain("safety-screen").doesNotContain("safety screen answered");
        assertThat(readme).contains("released only with that partner");
    }

    private org.trustwork.homework.NewHomework draft(PracticeInfo practice) {
        var form = homework.draftFrom(practice.id());
        form.setEndDate(calendar.today().plusDays(3));
        return form;
    }

    @Autowired
    org.trustwork.disclosure.DisclosureService disclosure;

    /** The disclosure checklist's "safety screen followed up" is the screen's to answer, not a tick. */
    @Test
    void a_disclosure_session_waits_until_both_have_answered_and_a_positive_screen_is_followed_up() {
        answer(answering, AFRAID);
        assertThat(safetyReadiness()).as("one partner has not answered yet").isFalse();
        answer(otherPartner, ALL_NO);
        assertThat(safetyReadiness()).as("a positive screen without follow-up").isFalse();
        runAs.as(DemoClinic.RIVERA, () -> {
            disclosure.tick(coupleId, org.trustwork.disclosure.ReadinessItem.SAFETY_SCREEN, true);
            return null;
        });
        assertThat(safetyReadiness()).as("a therapist's tick does not stand in for the follow-up").isFalse();

        runAs.as(DemoClinic.RIVERA, () -> {
            safety.recordFollowUp(coupleId, answeringId, followUp());
            return null;
        });
        assertThat(safetyReadiness()).isTrue();
        var line = runAs.as(DemoClinic.RIVERA, () -> disclosure.readiness(coupleId)).lines().stream()
                .filter(l -> l.item() == org.trustwork.disclosure.ReadinessItem.SAFETY_SCREEN).findFirst().orElseThrow();
        assertThat(line.automatic()).singleElement().satisfies(answer -> {
            assertThat(answer.source()).isEqualTo("Safety screen");
            assertThat(answer.asOf()).isEqualTo(calendar.today());
        });
    }

    private boolean safetyReadiness() {
        return runAs.as(DemoClinic.RIVERA, () -> disclosure.readiness(coupleId)).lines().stream()
                .filter(l -> l.item() == org.trustwork.disclosure.ReadinessItem.SAFETY_SCREEN)
                .findFirst().orElseThrow().met();
    }

    /** Unfinished agenda items carried into the next session do not slip a held-back practice past the screen. */
    @Test
    void a_held_back_practice_is_not_carried_into_the_next_session_until_the_follow_up_is_recorded() {
        PracticeInfo affairTalks = practice(5);
        long first = runAs.as(DemoClinic.RIVERA, () -> {
            var session = sessions.plan(coupleId, clock.instant(), 50);
            // the first item is under way when the session ends (done); the second is left over (carried)
            sessions.addPractice(session.id(), practice(1).id());
            sessions.addPractice(session.id(), affairTalks.id());
            sessions.start(session.id());
            return session.id();
        });
        answer(answering, AFRAID);
        answer(otherPartner, ALL_NO);
        runAs.as(DemoClinic.RIVERA, () -> sessions.end(first));

        var next = runAs.as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant().plusSeconds(86_400), 50));
        assertThat(next.agenda()).as("held back, so not carried").isEmpty();

        runAs.as(DemoClinic.RIVERA, () -> {
            safety.recordFollowUp(coupleId, answeringId, followUp());
            return null;
        });
        var later = runAs.as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant().plusSeconds(172_800), 50));
        assertThat(later.agenda()).as("after the follow-up it comes along")
                .extracting(org.trustwork.session.SessionViews.AgendaEntry::title).containsExactly(affairTalks.title());
    }
}
