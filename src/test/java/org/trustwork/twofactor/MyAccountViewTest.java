package org.trustwork.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.DemoClinic;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.security.SystemTask;
import org.trustwork.twofactor.ui.MyAccountView;

/** My account as people click through it: forced set-up for staff, set-up with QR code and recovery codes. */
@TrustworkTest
class MyAccountViewTest extends SpringBrowserlessTest {

    static final String NEW_THERAPIST = "new.therapist@test.example";
    static final String NEW_PARTNERLESS_ADMIN = "new.admin@test.example";
    static final String NEW_PARTNER = "new.partner@test.example";
    static final String PASSWORD = "a long enough password";

    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
    @Autowired
    TestClock clock;

    @BeforeEach
    void staffWithoutAnApp() {
        systemTask.runAsAdmin(() -> {
            if (!accounts.emailInUse(NEW_THERAPIST)) {
                accounts.createAccount(new NewAccount("Dr New", NEW_THERAPIST, PASSWORD, Role.THERAPIST));
            }
            if (!accounts.emailInUse(NEW_PARTNER)) {
                accounts.createAccount(new NewAccount("New Partner", NEW_PARTNER, PASSWORD, Role.PARTNER));
            }
            if (!accounts.emailInUse(NEW_PARTNERLESS_ADMIN)) {
                accounts.createAccount(new NewAccount("New Admin", NEW_PARTNERLESS_ADMIN, PASSWORD, Role.ADMIN));
            }
        });
    }

    @Test
    @WithUserDetails(value = NEW_PARTNERLESS_ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_without_an_app_can_open_nothing_but_my_account() {
        navigate("admin/accounts", MyAccountView.class);
        navigate("admin/emergency-access", MyAccountView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withText(
                "Your clinic asks everyone in your role to use two-factor sign-in. "
                        + "Set it up below to continue to Trustwork.").exists()).isTrue();
    }

    @Test
    @WithUserDetails(value = NEW_THERAPIST, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_therapist_sets_up_an_app_with_the_qr_code_and_gets_ten_recovery_codes_then_reaches_the_caseload() {
        navigate("caseload", MyAccountView.class);
        test(find(Button.class).withText("Set up two-factor sign-in").single()).click();
        test(find(PasswordField.class).withLabel("Your password").single()).setValue(PASSWORD);
        test(find(Button.class).withText("Continue").single()).click();

        Image qr = find(Image.class).withClassName("tw-qr").single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(qr.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("QR code"));
        String secret = find(Span.class).withId("totp-secret").single().getText().replace(" ", "");
        TextField code = find(TextField.class).withId("enrol-code").single();
        assertThat(code.getElement().getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(code.getElement().getAttribute("inputmode")).isEqualTo("numeric");
        test(code).setValue(TestTotp.code(secret, clock.instant()));
        test(find(Button.class).withText("Turn on").single()).click();

        assertThat(find(ListItem.class).all()).hasSize(10)
                .allSatisfy(item -> assertThat(item.getText()).matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        test(find(Button.class).withText("I have saved these codes").single()).click();
        navigate("caseload", org.trustwork.caseload.ui.CaseloadView.class);
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_wrong_password_when_confirming_it_is_you_is_said_calmly_and_changes_nothing() {
        navigate("account", MyAccountView.class);
        test(find(Button.class).withText("Make new recovery codes").single()).click();
        test(find(PasswordField.class).withLabel("Your password").single()).setValue("not my password");
        test(find(Button.class).withText("Continue").single()).click();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withClassName("tw-code-error").single()
                .getText()).startsWith("That password or code is not right.");
        assertThat(find(ListItem.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails(value = NEW_PARTNER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_new_e_mail_that_is_not_an_address_or_is_taken_is_refused_on_the_field_and_kept_as_typed() {
        navigate("account", MyAccountView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("current-email").single().getText())
                .isEqualTo("You sign in with " + NEW_PARTNER + ".");
        EmailField field = find(EmailField.class).withLabel("New e-mail address").single();

        test(field).setValue("maya at home");
        test(find(Button.class).withText("Change e-mail").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Enter a valid e-mail address, like name@example.org");
        assertThat(find(PasswordField.class).withLabel("Your password").exists()).isFalse();

        test(field).setValue(DemoClinic.RIVERA);
        test(find(Button.class).withText("Change e-mail").single()).click();
        test(find(PasswordField.class).withLabel("Your password").single()).setValue(PASSWORD);
        test(find(Button.class).withText("Continue").single()).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Another account already uses this address.");
        assertThat(field.getValue()).isEqualTo(DemoClinic.RIVERA);
        assertThat(accounts.myAccount().getEmail()).isEqualTo(NEW_PARTNER);
    }
}
