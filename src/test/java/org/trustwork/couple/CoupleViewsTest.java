package org.trustwork.couple;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.practice.Cadence;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.BoardRow;
import org.trustwork.homework.NewHomework;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;
import org.trustwork.homework.ui.HomeworkCard;
import org.trustwork.session.SessionService;
import org.trustwork.session.ui.CoupleSessionsCard;
import org.trustwork.session.SessionViews;
import org.trustwork.security.SystemTask;
import org.trustwork.admin.ui.AccountsView;
import org.trustwork.caseload.ui.CaseloadView;
import org.trustwork.caseload.ui.CoupleView;

@TrustworkTest
class CoupleViewsTest extends SpringBrowserlessTest {
    @Autowired
    TestClinic clinic;

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
    ClinicCalendar calendar;
    @Autowired
    TestClock clock;

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void the_caseload_lists_the_therapists_couples_and_opens_one() {
        navigate(CaseloadView.class);
        @SuppressWarnings("unchecked")
        Grid<org.trustwork.progress.ProgressViews.CaseloadRow> grid = find(Grid.class).single();
        List<String> names = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            names.add(test(grid).getRow(row).displayName());
        }
        assertThat(names).contains("Maya & Tom", "Priya & Daniel").doesNotContain("Chris & Jamie");

        test(grid).clickRow(names.indexOf("Maya & Tom"));

        assertThat(getCurrentView()).isInstanceOf(CoupleView.class);
        assertThat(find(H2.class).first().getText()).isEqualTo("Maya & Tom");
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void clicking_caseload_while_on_it_shows_what_changed_meanwhile() {
        CaseloadView first = navigate(CaseloadView.class);
        long added = clinic.newCouple(DemoClinic.RIVERA);

        CaseloadView again = navigate(CaseloadView.class);

        @SuppressWarnings("unchecked")
        Grid<org.trustwork.progress.ProgressViews.CaseloadRow> grid = find(Grid.class).single();
        List<Long> ids = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            ids.add(test(grid).getRow(row).coupleId());
        }
        assertThat(again).as("the same view, drawn again").isSameAs(first);
        assertThat(ids).contains(added);
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_therapist_edits_the_couples_goals_and_they_are_kept() {
        long id = clinic.coupleId("Priya & Daniel");
        navigate("couples/" + id, CoupleView.class);

        test(find(TextArea.class).withLabel("Therapy goals").single()).setValue("Weekly check-ins; no secrets about money.");
        test(find(Button.class).withId("save-goals").single()).click();

        navigate("couples/" + id, CoupleView.class);
        assertThat(find(TextArea.class).withLabel("Therapy goals").single().getValue())
                .isEqualTo("Weekly check-ins; no secrets about money.");
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void the_couple_page_puts_goals_first_current_homework_before_finished_and_pages_long_lists() {
        long id = clinic.newCouple(DemoClinic.RIVERA);
        long practice = practices.search(PracticeFilter.ALL).getFirst().id();
        for (int i = 1; i <= HOMEWORK_PAGE + 2; i++) {
            assign(id, practice, "Finished task " + i);
        }
        for (int i = 1; i <= 8; i++) {
            sessions.end(sessions.start(sessions.plan(id, clock.instant(), 50).id()).id());
        }
        clock.advance(Duration.ofDays(3));
        assign(id, practice, "Current task");

        navigate("couples/" + id, CoupleView.class);

        List<String> order = find(CoupleView.class).single().getChildren()
                .map(c -> c.getElement().getTextRecursively()).toList();
        assertThat(order.get(1)).as("goals and partners right under the name").contains("Save goals", "Partners");
        // Issue 21: each partner's safety screen status comes before joint work is planned.
        assertThat(order.get(2)).startsWith("Safety screen");
        assertThat(order.get(3)).startsWith("Sessions");
        assertThat(rowTitles()).as("current homework first, nothing finished").containsExactly("Current task");

        @SuppressWarnings("unchecked")
        Select<Object> show = find(Select.class).withId("homework-show").single();
        test(show).selectItem("Finished (" + (HOMEWORK_PAGE + 2) + ")");
        assertThat(rowTitles()).hasSize(HOMEWORK_PAGE).allMatch(t -> t.startsWith("Finished task"));
        test(find(Button.class).withId("homework-more").single()).click();
        assertThat(rowTitles()).hasSize(HOMEWORK_PAGE + 2);

        test(find(TextField.class).withId("homework-search").single()).setValue("task 1");
        assertThat(rowTitles()).allMatch(t -> t.startsWith("Finished task 1")).hasSize(1 + 8);

        @SuppressWarnings("unchecked")
        Grid<SessionViews.SessionSummary> sessionGrid = find(Grid.class, find(CoupleSessionsCard.class).single()).single();
        assertThat(test(sessionGrid).size()).as("the latest sessions, the rest behind Show all").isEqualTo(5);
        test(find(Button.class).withId("show-all-sessions").single()).click();
        assertThat(test(sessionGrid).size()).isEqualTo(8);
    }

    private static final int HOMEWORK_PAGE = 15;

    private void assign(long coupleId, long practiceId, String title) {
        NewHomework form = homework.draftFrom(practiceId);
        form.setTitle(title);
        form.setCadence(Cadence.ONCE);
        form.setStartDate(calendar.today());
        form.setEndDate(calendar.today().plusDays(1));
        homework.assign(coupleId, form);
    }

    private List<String> rowTitles() {
        @SuppressWarnings("unchecked")
        Grid<BoardRow> board = find(Grid.class, find(HomeworkCard.class).single()).single();
        List<String> titles = new ArrayList<>();
        for (int row = 0; row < test(board).size(); row++) {
            titles.add(test(board).getRow(row).title());
        }
        return titles;
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void an_admin_opens_a_couple_and_gets_an_invitation_link_for_each_partner_and_never_a_password() {
        navigate(AccountsView.class);
        test(find(Button.class).withId("new-couple").single()).click();

        fill("Couple's name", "Noor & Sam");
        @SuppressWarnings("unchecked")
        ComboBox<Object> therapist = find(ComboBox.class).withLabel("Therapist").single();
        test(therapist).selectItem("Dr Samuel Okafor");
        fill("Partner 1 name", "Noor Haddad");
        test(find(EmailField.class).withLabel("Partner 1 e-mail").single()).setValue("noor@couples.example");
        fill("Partner 2 name", "Sam Haddad");
        test(find(EmailField.class).withLabel("Partner 2 e-mail").single()).setValue("sam@couples.example");
        assertThat(find(PasswordField.class).all()).as("the admin never sets a password").isEmpty();
        test(find(Button.class).withId("create-couple").single()).click();

        // No mail server here: the admin is shown one link per partner, to pass on.
        assertThat(find(TextField.class).withLabel("Link for Noor Haddad").single().getValue()).contains("/invite/");
        assertThat(find(TextField.class).withLabel("Link for Sam Haddad").single().getValue()).contains("/invite/");

        assertThat(couples.allCouples()).anySatisfy(c -> {
            assertThat(c.displayName()).isEqualTo("Noor & Sam");
            assertThat(c.therapistName()).isEqualTo("Dr Samuel Okafor");
            assertThat(c.partnerNames()).isEqualTo("Noor Haddad & Sam Haddad");
        });
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void a_couple_form_with_mistakes_is_not_saved_and_keeps_what_was_typed() {
        navigate(AccountsView.class);
        int before = couples.allCouples().size();
        test(find(Button.class).withId("new-couple").single()).click();

        fill("Couple's name", "Half Filled");
        test(find(EmailField.class).withLabel("Partner 1 e-mail").single()).setValue("same@couples.example");
        test(find(EmailField.class).withLabel("Partner 2 e-mail").single()).setValue("SAME@couples.example");
        test(find(Button.class).withId("create-couple").single()).click();

        assertThat(couples.allCouples()).hasSize(before);
        assertThat(find(TextField.class).withLabel("Couple's name").single().getValue()).isEqualTo("Half Filled");
        EmailField second = find(EmailField.class).withLabel("Partner 2 e-mail").single();
        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo("Each partner needs their own e-mail address");
    }

    private void fill(String label, String value) {
        test(find(TextField.class).withLabel(label).single()).setValue(value);
    }
}
