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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.security.SystemTask;
import org.trustwork.account.ui.AccountsView;
import org.trustwork.couple.ui.CaseloadView;
import org.trustwork.couple.ui.CoupleView;

@TrustworkTest
class CoupleViewsTest extends SpringBrowserlessTest {

    @Autowired
    CoupleService couples;
    @Autowired
    SystemTask systemTask;

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
    void a_therapist_edits_the_couples_goals_and_they_are_kept() {
        long id = DemoClinic.coupleId(systemTask, couples, "Priya & Daniel");
        navigate("couples/" + id, CoupleView.class);

        test(find(TextArea.class).withLabel("Therapy goals").single()).setValue("Weekly check-ins; no secrets about money.");
        test(find(Button.class).withId("save-goals").single()).click();

        navigate("couples/" + id, CoupleView.class);
        assertThat(find(TextArea.class).withLabel("Therapy goals").single().getValue())
                .isEqualTo("Weekly check-ins; no secrets about money.");
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
