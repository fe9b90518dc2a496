package org.trustwork.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.NewHomework;
import org.trustwork.partner.ui.MyHomeworkView;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.PracticeService;
import org.trustwork.recovery.ui.MyStoryView;
import org.trustwork.security.SystemTask;

/** The partner's forms on bad input: a clear message where the problem is, and nothing typed is lost. */
@TrustworkTest
class RecoveryViewsTest extends SpringBrowserlessTest {

    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    CoupleService couples;
    @Autowired
    SystemTask systemTask;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private <T> T as(String email, Supplier<T> step) {
        try (var elsewhere = Executors.newSingleThreadExecutor()) {
            return elsewhere.submit(() -> new RunAs(users, contextHolder).as(email, step)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    @SuppressWarnings("unchecked")
    void marking_a_day_without_saying_what_happened_asks_for_it_and_keeps_the_words() {
        navigate("my-story", MyStoryView.class);
        TextArea note = find(TextArea.class).withId("marker-note").single();
        test(note).setValue("After the call with her sister");
        test(find(Button.class).withId("add-marker").single()).click();

        Select<MarkerKind> kind = find(Select.class).withId("marker-kind").single();
        assertThat(kind.isInvalid()).isTrue();
        assertThat(kind.getErrorMessage()).isEqualTo("Choose what happened");
        assertThat(note.getValue()).isEqualTo("After the call with her sister");

        test(kind).selectItem("Trigger episode");
        Checkbox keepPrivate = find(Checkbox.class).withId("marker-private").single();
        assertThat(keepPrivate.getValue()).as("a trigger is private unless unticked").isTrue();
        test(find(Button.class).withId("add-marker").single()).click();

        assertThat(find(ListItem.class).all()).anySatisfy(item -> {
            assertThat(item.getElement().getAttribute("data-kind")).isEqualTo("TRIGGER");
            assertThat(item.getElement().getTextRecursively()).contains("private", "After the call with her sister");
        });
        assertThat(kind.isInvalid()).as("the emptied form is not marked wrong").isFalse();
        assertThat(note.getValue()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    @SuppressWarnings("unchecked")
    void saying_how_it_landed_without_a_choice_asks_for_one_and_keeps_the_note() {
        long coupleId = DemoClinic.coupleId(systemTask, couples, "Maya & Tom");
        long tom = as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).partners().stream()
                .filter(p -> p.email().equals(DemoClinic.TOM)).findFirst().orElseThrow().accountId();
        as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.bySlug("acknowledge-the-damage").orElseThrow().id());
            form.setTitle("Open account, views test");
            form.setCadence(Cadence.ONCE);
            form.setAssigneeAccountId(tom);
            form.setEndDate(calendar.today().plusDays(1));
            return homework.assign(coupleId, form);
        });
        as(DemoClinic.TOM, () -> {
            homework.markDone(homework.myCurrentTasks().stream().filter(t -> t.title().equals("Open account, views test"))
                    .findFirst().orElseThrow().occurrenceId());
            return null;
        });

        navigate("my-homework", MyHomeworkView.class);
        test(find(Button.class).all().stream().filter(b -> b.getElement().getAttribute("aria-label") != null
                && b.getElement().getAttribute("aria-label").startsWith("Say how it landed: Open account, views test"))
                .findFirst().orElseThrow()).click();
        TextArea note = find(TextArea.class).withId("landing-note").single();
        test(note).setValue("It felt rushed");
        test(find(Button.class).withId("save-landing").single()).click();

        RadioButtonGroup<Object> choice = find(RadioButtonGroup.class).withId("landing-choice").single();
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).isEqualTo("Choose one of the three");
        assertThat(note.getValue()).isEqualTo("It felt rushed");
    }
}
