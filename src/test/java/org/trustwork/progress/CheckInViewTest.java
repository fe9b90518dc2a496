package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.RunAs;
import org.trustwork.couple.CoupleService;
import org.trustwork.partner.ui.MyHomeworkView;
import org.trustwork.security.SystemTask;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.progress.ui.CheckInView;

@TrustworkTest
class CheckInViewTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    CheckInService checkIns;
    @Autowired
    SystemTask systemTask;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    /** The therapist's request, on a thread of its own: this test's UI is the partner's. */
    private <T> T as(String email, Supplier<T> step) {
        try (var elsewhere = Executors.newSingleThreadExecutor()) {
            return elsewhere.submit(() -> runAs.as(email, step)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_questionnaire_the_therapist_asked_for_waits_on_my_homework_and_as_a_badge_on_check_in() {
        long mayaAndTom = clinic.coupleId("Maya & Tom");
        long request = as(DemoClinic.RIVERA, () -> checkIns.request(mayaAndTom, "csi-4"));
        int waiting = checkIns.myOpenQuestionnaires().size();

        navigate(MyHomeworkView.class);
        Button answer = find(Button.class).withAttribute("data-request", String.valueOf(request)).single();
        SideNavItem checkIn = find(SideNavItem.class).all().stream().filter(i -> "Check-in".equals(i.getLabel()))
                .findFirst().orElseThrow();
        assertThat(checkIn.getSuffixComponent()).as("badge on Check-in").isNotNull();
        assertThat(checkIn.getSuffixComponent().getElement().getTextRecursively())
                .isEqualTo(waiting + ", " + waiting + (waiting == 1 ? " questionnaire" : " questionnaires")
                        + " to answer");

        test(answer).click();

        assertThat(getCurrentView()).isInstanceOf(CheckInView.class);
        assertThat(find(Button.class).withId("send-answers").exists()).as("the questionnaire opens at once").isTrue();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> scale(String key) {
        return find(RadioButtonGroup.class).withId("item-" + key).single();
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_checks_in_with_one_tap_per_answer_and_a_missing_answer_keeps_what_was_typed() {
        navigate(CheckInView.class);
        assertThat(find(Paragraph.class).withTextContaining("not a validated questionnaire").exists()).isTrue();
        assertThat(scale("trust").getListDataView().getItems().toList())
                .as("every point of 0-10 is one choice away").containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        test(scale("trust")).selectItem("7");
        test(scale("safety")).selectItem("6");
        test(find(TextField.class).withLabelContaining("Anything you want to add").single()).setValue("Calmer week");
        test(find(Button.class).withId("save-check-in").single()).click();

        RadioButtonGroup<Integer> closeness = scale("closeness");
        assertThat(closeness.isInvalid()).isTrue();
        assertThat(closeness.getErrorMessage()).isEqualTo("Please answer this question");
        assertThat(scale("trust").getValue()).isEqualTo(7);
        assertThat(find(TextField.class).withLabelContaining("Anything you want to add").single().getValue())
                .isEqualTo("Calmer week");

        test(closeness).selectItem("5");
        test(find(Checkbox.class).withLabelContaining("see these answers").single()).click();
        test(find(Button.class).withId("save-check-in").single()).click();

        assertThat(find(Paragraph.class).withText("Trust 7/10 · Safety 6/10 · Closeness 5/10").exists()).isTrue();
        assertThat(find(Paragraph.class).withText("You checked in today. You can change it until midnight.").exists())
                .isTrue();
        assertThat(find(Checkbox.class).withLabelContaining("Shared with Tom").single().getValue()).isTrue();
    }
}
