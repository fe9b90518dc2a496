package org.trustwork.homework;

import org.trustwork.TestClinic;
import org.trustwork.base.ClinicCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.caseload.ui.CoupleView;
import org.trustwork.homework.HomeworkViews.BoardRow;
import org.trustwork.homework.ui.HomeworkCard;
import org.trustwork.partner.ui.MyHomeworkHistoryView;
import org.trustwork.partner.ui.MyHomeworkView;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;
import org.trustwork.practice.Cadence;

@TrustworkTest
class HomeworkViewsTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    org.trustwork.base.live.LiveUpdates liveUpdates;

    @Autowired
    HomeworkService homework;
    @Autowired
    CoupleService couples;
    @Autowired
    PracticeService practices;
    @Autowired
    AccountService accounts;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    ClinicCalendar calendar;

    /** Another person's request, on a thread of its own: this test's UI is not the one making the change. */
    private <T> T as(String email, Supplier<T> step) {
        try (var elsewhere = Executors.newSingleThreadExecutor()) {
            return elsewhere.submit(() -> runAs.as(email, step)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private long mayaAndTom;

    @BeforeEach
    void ids() {
        mayaAndTom = clinic.coupleId("Maya & Tom");
    }

    private long assignToMayaAndTom(String title) {
        return as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.search(PracticeFilter.ALL).get(3).id());
            form.setTitle(title);
            return homework.assign(mayaAndTom, form);
        });
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_assigns_homework_from_the_couple_page_starting_from_the_practice_default() {
        navigate("couples/" + mayaAndTom, CoupleView.class);
        test(find(Button.class).withId("open-assign-homework").single()).click();
        var practice = practices.search(PracticeFilter.ALL).get(5);
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = find(ComboBox.class).withLabel("Practice").single();
        test(picker).selectItem(practice.number() + ". " + practice.title());

        assertThat(find(TextField.class).withLabel("Title").single().getValue()).isEqualTo(practice.homework().title());
        test(find(TextField.class).withLabel("Title").single()).setValue("Letter of understanding, first draft");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> assignee = find(RadioButtonGroup.class).withLabel("For").single();
        test(assignee).selectItem("Tom Brennan only");
        test(find(Button.class).withId("assign-homework").single()).click();

        @SuppressWarnings("unchecked")
        Grid<BoardRow> board = find(Grid.class, find(HomeworkCard.class).single()).single();
        boolean found = false;
        for (int i = 0; i < test(board).size(); i++) {
            BoardRow row = test(board).getRow(i);
            found |= row.title().equals("Letter of understanding, first draft") && row.assignee().equals("Tom Brennan");
        }
        assertThat(found).isTrue();
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void homework_for_one_partner_is_worded_for_one_and_back_to_both_restores_the_text() {
        navigate("couples/" + mayaAndTom, CoupleView.class);
        test(find(Button.class).withId("open-assign-homework").single()).click();
        var practice = practices.search(PracticeFilter.ALL).stream()
                .filter(p -> p.homework().instructions().startsWith("Each of you, on your own, writes")).findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = find(ComboBox.class).withLabel("Practice").single();
        test(picker).selectItem(practice.number() + ". " + practice.title());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> assignee = find(RadioButtonGroup.class).withLabel("For").single();

        test(assignee).selectItem("Tom Brennan only");
        String forTom = find(TextArea.class).withLabel("Instructions").single().getValue();
        assertThat(forTom).startsWith("On your own, write a short list").doesNotContainIgnoringCase("each of you");

        test(assignee).selectItem("Both, together");
        assertThat(find(TextArea.class).withLabel("Instructions").single().getValue())
                .isEqualTo(practice.homework().instructions());
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void assigning_with_the_pre_filled_practice_and_only_a_new_title_works() {
        navigate("couples/" + mayaAndTom, CoupleView.class);
        test(find(Button.class).withId("open-assign-homework").single()).click();
        test(find(TextField.class).withId("homework-title").single()).setValue("Kept the default practice");

        test(find(Button.class).withId("assign-homework").single()).click();

        assertThat(homework.board(mayaAndTom).rows()).extracting(BoardRow::title).contains("Kept the default practice");
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_marks_homework_done_and_writes_a_reflection_for_the_therapist_only() {
        assignToMayaAndTom("Evening check-in for Maya");
        navigate(MyHomeworkView.class);
        assertThat(find(H3.class).withText("Evening check-in for Maya").exists()).isTrue();

        var task = homework.myTasks().stream().filter(t -> t.title().equals("Evening check-in for Maya")).findFirst()
                .orElseThrow();
        test(find(Button.class).withAttribute("data-occurrence", String.valueOf(task.occurrenceId())).single()).click();
        test(find(Button.class).withAttribute("data-reflect", String.valueOf(task.occurrenceId())).single()).click();
        test(find(TextArea.class).withLabel("How did it go? (optional)").single()).setValue("We both stayed calm.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> hard = find(RadioButtonGroup.class).withLabelContaining("How hard").single();
        test(hard).selectItem("2");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> helpful = find(RadioButtonGroup.class).withLabelContaining("How helpful").single();
        test(helpful).selectItem("5");
        test(find(Button.class).withId("save-reflection").single()).click();

        var after = homework.myTasks().stream().filter(t -> t.occurrenceId() == task.occurrenceId()).findFirst()
                .orElseThrow();
        assertThat(after.done()).isTrue();
        assertThat(after.myReflection().body()).isEqualTo("We both stayed calm.");
        assertThat(after.myReflection().visibility()).isEqualTo(ReflectionVisibility.THERAPIST_ONLY);
        assertThat(find(Paragraph.class).withText("Only your therapist can read this.").exists())
                .as("the card says who can read the saved reflection").isTrue();
        assertThat(as(DemoClinic.TOM, homework::myTasks)).filteredOn(t -> t.occurrenceId() == task.occurrenceId())
                .allSatisfy(t -> assertThat(t.sharedWithMe()).isEmpty());
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void my_homework_leads_with_today_and_folds_a_month_of_misses_into_one_line() {
        java.time.LocalDate today = calendar.today();
        as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.search(PracticeFilter.ALL).get(2).id());
            form.setTitle("Daily kind word, a month on");
            form.setCadence(Cadence.DAILY);
            form.setStartDate(today.minusDays(30));
            form.setEndDate(today.plusDays(6));
            return homework.assign(mayaAndTom, form);
        });

        navigate(MyHomeworkView.class);

        assertThat(find(H2.class).all()).first().extracting(H2::getText).isEqualTo("Today");
        assertThat(find(H2.class).all()).extracting(H2::getText).noneMatch(text -> text.startsWith("Overdue"));
        assertThat(find(H3.class).withText("Daily kind word, a month on").all())
                .as("one card for today, one for the rest of this week; none for each missed day").hasSize(2);
        assertThat(find(Span.class).withText("missed 14 times in the last 2 weeks").all()).hasSize(1);
        assertThat(find(Paragraph.class).withText("and 5 more this week, until "
                + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM").format(today.plusDays(6))).exists()).isTrue();

        long yesterday = homework.myTasks().stream().filter(t -> t.title().equals("Daily kind word, a month on")
                && t.dueDate().equals(today.minusDays(1))).findFirst().orElseThrow().occurrenceId();
        test(find(Button.class).withAttribute("data-occurrence", String.valueOf(yesterday)).single()).click();
        assertThat(find(Span.class).withText("missed 13 times in the last 2 weeks").exists()).isTrue();

        test(find(RouterLink.class).withText("All past homework").single()).click();
        assertThat(getCurrentView()).isInstanceOf(MyHomeworkHistoryView.class);
        assertThat(find(Span.class).withText("Daily kind word, a month on").exists()).isTrue();
        assertThat(find(Span.class).withTextContaining("done 1 of 30 · due ").exists())
                .as("the older misses are still there, one tap away").isTrue();
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_reflection_shared_with_the_partner_names_who_can_read_it() {
        assignToMayaAndTom("Shared reflection wording");
        var task = homework.myTasks().stream().filter(t -> t.title().equals("Shared reflection wording")).findFirst()
                .orElseThrow();
        homework.markDone(task.occurrenceId());
        navigate(MyHomeworkView.class);
        test(find(Button.class).withAttribute("data-reflect", String.valueOf(task.occurrenceId())).single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> readers = find(RadioButtonGroup.class).withLabel("Who may read this?").single();
        test(readers).selectItem("My therapist and Tom");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> hard = find(RadioButtonGroup.class).withLabelContaining("How hard").single();
        test(hard).selectItem("1");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> helpful = find(RadioButtonGroup.class).withLabelContaining("How helpful").single();
        test(helpful).selectItem("4");
        test(find(Button.class).withId("save-reflection").single()).click();

        assertThat(find(Paragraph.class).withText("You, Tom and your therapist can read this.").exists()).isTrue();
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_reflection_without_ratings_is_not_saved_and_keeps_the_text() {
        assignToMayaAndTom("Ratings needed");
        var task = homework.myTasks().stream().filter(t -> t.title().equals("Ratings needed")).findFirst().orElseThrow();
        homework.markDone(task.occurrenceId());
        navigate(MyHomeworkView.class);
        test(find(Button.class).withAttribute("data-reflect", String.valueOf(task.occurrenceId())).single()).click();
        test(find(TextArea.class).withLabel("How did it go? (optional)").single()).setValue("Some thoughts");

        test(find(Button.class).withId("save-reflection").single()).click();

        assertThat(find(TextArea.class).withLabel("How did it go? (optional)").single().getValue()).isEqualTo("Some thoughts");
        assertThat(homework.myTasks().stream().filter(t -> t.occurrenceId() == task.occurrenceId()).findFirst()
                .orElseThrow().myReflection()).isNull();
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void the_therapists_open_board_updates_when_a_partner_completes_homework() throws InterruptedException {
        assignToMayaAndTom("Live update check");
        navigate("couples/" + mayaAndTom, CoupleView.class);
        long occurrence = as(DemoClinic.MAYA, homework::myTasks).stream()
                .filter(t -> t.title().equals("Live update check")).findFirst().orElseThrow().occurrenceId();

        as(DemoClinic.TOM, () -> {
            homework.markDone(occurrence);
            return null;
        });
        // The notice reaches this screen after the commit, on a delivery thread, which queues the redraw on this UI.
        assertThat(liveUpdates.awaitDelivered(java.time.Duration.ofSeconds(10))).isTrue();
        MockVaadin.clientRoundtrip();

        @SuppressWarnings("unchecked")
        Grid<BoardRow> board = find(Grid.class, find(HomeworkCard.class).single()).single();
        boolean done = false;
        for (int i = 0; i < test(board).size(); i++) {
            BoardRow row = test(board).getRow(i);
            done |= row.title().equals("Live update check") && row.done() == 1;
        }
        assertThat(done).as("board shows the completion without a reload").isTrue();
    }
}
