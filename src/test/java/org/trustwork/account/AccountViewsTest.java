package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.admin.ui.AccountsView;
import org.trustwork.account.ui.InviteView;
import org.trustwork.security.SystemTask;

/** The admin's invitation and account list, and the invited person's page, as they use them. */
@TrustworkTest
class AccountViewsTest extends SpringBrowserlessTest {

    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    void an_admin_invites_a_therapist_and_is_shown_the_link_once_without_ever_choosing_a_password() {
        navigate(AccountsView.class);
        test(find(Button.class).withId("new-staff").single()).click();
        assertThat(find(PasswordField.class).all()).isEmpty();
        test(find(TextField.class).withLabel("Full name").single()).setValue("Dr Lena Voss");
        test(find(EmailField.class).withLabel("E-mail (their login)").single()).setValue("lena.voss@clinic.example");
        test(find(Button.class).withId("create-staff").single()).click();

        String link = find(TextField.class).withLabel("Link for Dr Lena Voss").single().getValue();
        assertThat(link).contains("/invite/");
        assertThat(invitations.lookUp(link.substring(link.lastIndexOf('/') + 1)))
                .hasValueSatisfying(invitee -> assertThat(invitee.email()).isEqualTo("lena.voss@clinic.example"));
    }

    @Test
    void the_invited_person_is_told_what_is_wrong_keeps_what_they_typed_and_then_sets_their_password() {
        var created = systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Dr Ines Park", "ines.park@clinic.example", null, Role.THERAPIST)));
        var issued = systemTask.callAsAdmin(() -> invitations.invite(created.id()));
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);

        navigate("invite/" + token, InviteView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Welcome, Dr Ines Park");
        PasswordField password = find(PasswordField.class).withLabel("New password").single();
        PasswordField repeat = find(PasswordField.class).withLabel("New password again").single();
        test(password).setValue("password1234");
        test(repeat).setValue("password1234");
        test(find(Button.class).withId("set-password").single()).click();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("most common");
        assertThat(password.getValue()).isEqualTo("password1234");

        test(password).setValue("green ferns by the river");
        test(repeat).setValue("green ferns by the rivers");
        test(find(Button.class).withId("set-password").single()).click();
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords are not the same.");

        test(repeat).setValue("green ferns by the river");
        test(find(Button.class).withId("set-password").single()).click();

        assertThat(find(H2.class).single().getText()).isEqualTo("Your password is set");
        assertThat(encoder.matches("green ferns by the river",
                repository.findById(created.id()).orElseThrow().getPasswordHash())).isTrue();
    }

    @Test
    void a_link_that_does_not_work_gets_one_calm_answer() {
        navigate("invite/no-such-link", InviteView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("This link no longer works");
        assertThat(find(PasswordField.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails(DemoClinic.ADMIN)
    @SuppressWarnings("unchecked")
    void an_admin_finds_a_therapist_by_name_and_role_deactivates_them_and_finds_them_among_the_deactivated() {
        systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Dr Quinn Ashby", "quinn.ashby@clinic.example", null, Role.THERAPIST)));
        navigate(AccountsView.class);
        Grid<AccountSummary> grid = find(Grid.class)
                .withCondition(g -> g.getAriaLabel().filter("Accounts"::equals).isPresent()).single();

        test(find(TextField.class).withAriaLabel("Search accounts").single()).setValue("quinn ASHBY");
        test(find(Select.class).withAriaLabel("Role").single()).selectItem("Clinic admin");
        assertThat(test(grid).size()).as("no admin of that name").isZero();
        test(find(Select.class).withAriaLabel("Role").single()).selectItem("Therapist");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Dr Quinn Ashby");
        assertThat(((Span) test(grid).getCellComponent(0, 3)).getText()).isEqualTo("Active");
        assertThat(test(grid).getCellText(0, 4)).as("two-factor").isEqualTo("Off");
        assertThat(test(grid).getCellText(0, 5)).as("last sign-in").isEqualTo("Never");

        new MenuBarTester<>((MenuBar) test(grid).getCellComponent(0, 6)).clickItem("Manage", "Deactivate…");
        test(find(Button.class).withText("Deactivate").single()).click();

        test(find(Select.class).withAriaLabel("Status").single()).selectItem("Active");
        assertThat(test(grid).size()).isZero();
        test(find(Select.class).withAriaLabel("Status").single()).selectItem("Deactivated");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(((Span) test(grid).getCellComponent(0, 3)).getText()).isEqualTo("Deactivated");
        assertThat(repository.findByEmail("quinn.ashby@clinic.example").orElseThrow().isEnabled()).isFalse();
    }
}
