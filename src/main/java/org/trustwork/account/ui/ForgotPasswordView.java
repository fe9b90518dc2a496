package org.trustwork.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.trustwork.account.InvitationService;

/**
 * "Forgot password?": asks for the address one signs in with and answers the same whatever it is, so the page
 * cannot be used to find out who has an account. The link arrives by e-mail and works like an invitation.
 */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password · Trustwork")
@AnonymousAllowed
public class ForgotPasswordView extends Main {

    static final String SENT = "If an account uses this address, we have sent a link to it. The link works once, "
            + "for 48 hours. Nothing there after a few minutes? Look in the spam folder, or ask your clinic.";

    ForgotPasswordView(InvitationService invitations) {
        addClassName("tw-login");
        var title = new H1("Trustwork");
        title.addClassName("tw-login-title");
        var heading = new H2("Forgot your password?");
        var intro = new Paragraph("Type the e-mail address you sign in with. We will send you a link to choose a "
                + "new password.");
        var email = new EmailField("E-mail");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setManualValidation(true);
        email.setMaxLength(254);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        email.setId("reset-email");
        var answer = new Paragraph();
        answer.addClassName("tw-login-notice");
        answer.getElement().setAttribute("role", "status");
        answer.setVisible(false);
        var send = new Button("Send me a link", click -> {
            String typed = email.getValue().strip();
            if (typed.isEmpty() || email.isInvalid() || !typed.matches("[^@\\s]+@[^@\\s]+")) {
                email.setErrorMessage("Type an e-mail address, like name@example.com");
                email.setInvalid(true);
                email.focus();
                return;
            }
            email.setInvalid(false);
            VaadinRequest request = VaadinRequest.getCurrent();
            invitations.requestPasswordReset(typed, request == null ? null : request.getRemoteAddr());
            answer.setText(SENT);
            answer.setVisible(true);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setId("send-reset-link");
        var signIn = new Anchor("login", "Back to sign in");
        signIn.getElement().setAttribute("router-ignore", true);
        signIn.addClassName("tw-invite-sign-in");
        var form = new Div(heading, intro, email, send, answer, signIn);
        form.addClassName("tw-invite-form");
        var card = new Div(title, form);
        card.addClassNames("tw-login-card", "tw-invite-card");
        add(card);
        email.focus();
    }
}
