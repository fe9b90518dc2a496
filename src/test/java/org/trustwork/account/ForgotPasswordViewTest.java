package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.Test;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.account.ui.ForgotPasswordView;
import org.trustwork.security.ui.LoginView;

@TrustworkTest
class ForgotPasswordViewTest extends SpringBrowserlessTest {

    @Test
    void forgot_password_on_the_sign_in_page_leads_to_a_form_that_answers_the_same_for_any_address() {
        navigate(LoginView.class);
        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
        test(form).forgotPassword();
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);

        String known = answerFor(DemoClinic.TOM);
        navigate(ForgotPasswordView.class);
        String unknown = answerFor("no.such.person@couples.example");

        assertThat(known).isEqualTo(unknown).startsWith("If an account uses this address, we have sent a link");
        assertThat(find(EmailField.class).single().getValue()).as("what was typed stays")
                .isEqualTo("no.such.person@couples.example");
    }

    @Test
    void a_mistyped_address_is_marked_and_kept() {
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).single()).setValue("tom at couples");
        test(find(Button.class).withId("send-reset-link").single()).click();

        EmailField email = find(EmailField.class).single();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Type an e-mail address, like name@example.com");
        assertThat(email.getValue()).isEqualTo("tom at couples");
        assertThat(find(Paragraph.class).withTextContaining("we have sent a link").exists()).isFalse();
    }

    private String answerFor(String email) {
        test(find(EmailField.class).single()).setValue(email);
        test(find(Button.class).withId("send-reset-link").single()).click();
        return find(Paragraph.class).withTextContaining("we have sent a link").single().getText();
    }
}
