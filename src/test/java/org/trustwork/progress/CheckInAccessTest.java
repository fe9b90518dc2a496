package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
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
import org.trustwork.TrustworkTest;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.progress.ProgressViews.Answered;
import org.trustwork.security.SystemTask;

/** Who sees a partner's answers: the therapist always, the other partner only when shared, nobody else. */
@TrustworkTest
class CheckInAccessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    CheckInService checkIns;
    @Autowired
    ProgressService progress;
    @Autowired
    CoupleService couples;
    @Autowired
    SystemTask systemTask;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private long coupleId;
    private String one;
    private String two;

    private <T> T as(String email, Supplier<T> step) {
        return runAs.as(email, step);
    }

    private void run(String email, Runnable step) {
        as(email, () -> {
            step.run();
            return null;
        });
    }

    @BeforeEach
    void newCouple() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        CoupleDetails couple = as(DemoClinic.RIVERA, () -> couples.couple(coupleId));
        one = couple.partners().get(0).email();
        two = couple.partners().get(1).email();
    }

    private static MeasureAnswers checkIn(int trust, int safety, int closeness, String note, boolean shared) {
        var answers = new MeasureAnswers();
        answers.setPositions(new java.util.HashMap<>(Map.of("trust", trust, "safety", safety, "closeness", closeness)));
        answers.setNote(note);
        answers.setShared(shared);
        return answers;
    }

    @Test
    void the_therapist_sees_every_answer_and_the_other_partner_only_shared_ones() {
        run(one, () -> checkIns.checkIn(checkIn(6, 5, 4, "A quiet week", false)));
        run(two, () -> checkIns.checkIn(checkIn(8, 8, 7, "Felt close on Sunday", true)));

        var dashboard = as(DemoClinic.RIVERA, () -> progress.dashboard(coupleId));
        assertThat(dashboard.answers()).extracting(Answered::note)
                .containsExactlyInAnyOrder("A quiet week", "Felt close on Sunday");

        var seenByTwo = as(two, checkIns::mine);
        assertThat(seenByTwo.sharedWithMe()).isEmpty();
        assertThat(seenByTwo.mine()).extracting(Answered::note).containsExactly("Felt close on Sunday");

        var seenByOne = as(one, checkIns::mine);
        assertThat(seenByOne.sharedWithMe()).extracting(Answered::note).containsExactly("Felt close on Sunday");
        assertThat(seenByOne.today().total()).isEqualTo(5.0);
    }

    @Test
    void a_partner_can_share_later_and_take_it_back() {
        long id = as(one, () -> checkIns.checkIn(checkIn(6, 5, 4, "Private for now", false)));
        assertThat(as(two, checkIns::mine).sharedWithMe()).isEmpty();
        run(one, () -> checkIns.share(id, true));
        assertThat(as(two, checkIns::mine).sharedWithMe()).extracting(Answered::id).containsExactly(id);
        run(one, () -> checkIns.share(id, false));
        assertThat(as(two, checkIns::mine).sharedWithMe()).isEmpty();
    }

    @Test
    void only_the_answering_partner_decides_about_sharing() {
        long id = as(one, () -> checkIns.checkIn(checkIn(6, 5, 4, null, false)));
        assertThatThrownBy(() -> run(two, () -> checkIns.share(id, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(DemoClinic.MAYA, () -> checkIns.share(id, true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_second_check_in_the_same_day_replaces_the_first() {
        run(one, () -> checkIns.checkIn(checkIn(6, 5, 4, null, false)));
        run(one, () -> checkIns.checkIn(checkIn(7, 7, 7, null, false)));
        assertThat(as(one, checkIns::mine).mine()).singleElement().satisfies(a -> assertThat(a.total()).isEqualTo(7.0));
    }

    @Test
    void partners_of_another_couple_never_see_the_answers() {
        run(one, () -> checkIns.checkIn(checkIn(6, 5, 4, "Only for our therapist", true)));
        var maya = as(DemoClinic.MAYA, checkIns::mine);
        assertThat(maya.mine()).noneMatch(a -> "Only for our therapist".equals(a.note()));
        assertThat(maya.sharedWithMe()).noneMatch(a -> "Only for our therapist".equals(a.note()));
    }

    @Test
    void another_therapist_and_the_admin_cannot_open_the_dashboard_or_ask_for_a_questionnaire() {
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> progress.dashboard(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> checkIns.request(coupleId, "csi-4")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.ADMIN, () -> progress.dashboard(coupleId)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(one, () -> progress.dashboard(coupleId)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> as(DemoClinic.ADMIN, () -> checkIns.checkIn(checkIn(1, 1, 1, null, false))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void partners_answer_a_requested_csi_once_and_the_dashboard_charts_its_total() {
        long request = as(DemoClinic.RIVERA, () -> checkIns.request(coupleId, "csi-4"));
        var open = as(one, checkIns::mine).open();
        assertThat(open).singleElement().satisfies(q -> assertThat(q.measure().code()).isEqualTo("csi-4"));

        var answers = new MeasureAnswers();
        answers.setPositions(new java.util.HashMap<>(Map.of("happiness", 3, "warm", 3, "rewarding", 3, "satisfied", 4)));
        run(one, () -> checkIns.answer(request, answers));
        assertThat(as(one, checkIns::mine).open()).isEmpty();
        assertThatThrownBy(() -> run(one, () -> checkIns.answer(request, answers)))
                .isInstanceOf(ProgressException.class).hasMessageContaining("already answered");
        assertThatThrownBy(() -> run(DemoClinic.MAYA, () -> checkIns.answer(request, answers)))
                .isInstanceOf(AccessDeniedException.class);

        var dashboard = as(DemoClinic.RIVERA, () -> progress.dashboard(coupleId));
        assertThat(dashboard.questionnaires()).singleElement().satisfies(q -> {
            assertThat(q.measure().code()).isEqualTo("csi-4");
            assertThat(q.partners().getFirst().points()).singleElement()
                    .satisfies(p -> assertThat(p.values().get("total")).isEqualTo(13.0));
        });
        assertThat(dashboard.openRequests()).singleElement().satisfies(r -> assertThat(r.answered()).isEqualTo(1));
    }

    @Test
    void the_questionnaires_waiting_for_a_partner_are_their_own_couples_and_go_once_they_answered() {
        long request = as(DemoClinic.RIVERA, () -> checkIns.request(coupleId, "csi-4"));
        assertThat(as(one, checkIns::myOpenQuestionnaires)).extracting(ProgressViews.OpenQuestionnaire::requestId)
                .containsExactly(request);
        assertThat(as(DemoClinic.MAYA, checkIns::myOpenQuestionnaires))
                .as("another couple's partner").noneMatch(q -> q.requestId() == request);

        var answers = new MeasureAnswers();
        answers.setPositions(new java.util.HashMap<>(Map.of("happiness", 3, "warm", 3, "rewarding", 3, "satisfied", 4)));
        run(one, () -> checkIns.answer(request, answers));
        assertThat(as(one, checkIns::myOpenQuestionnaires)).isEmpty();
        assertThat(as(two, checkIns::myOpenQuestionnaires)).as("the other partner still has theirs to answer")
                .extracting(ProgressViews.OpenQuestionnaire::requestId).containsExactly(request);
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, checkIns::myOpenQuestionnaires))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void an_incomplete_questionnaire_is_refused_and_nothing_is_saved() {
        long request = as(DemoClinic.RIVERA, () -> checkIns.request(coupleId, "csi-4"));
        var answers = new MeasureAnswers();
        answers.setPositions(new java.util.HashMap<>(Map.of("happiness", 3)));
        assertThatThrownBy(() -> run(two, () -> checkIns.answer(request, answers)))
                .isInstanceOf(ProgressException.class).hasMessageContaining("Please answer every question");
        assertThat(as(two, checkIns::mine).open()).hasSize(1);
        assertThat(as(two, checkIns::mine).mine()).isEmpty();
    }

    @Test
    void an_overlong_note_is_refused() {
        assertThatThrownBy(() -> run(one, () -> checkIns.checkIn(checkIn(5, 5, 5, "x".repeat(281), false))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(List.of()).isEmpty();
    }
}
