package org.trustwork.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.trustwork.account.InvalidInvitationException;
import org.trustwork.account.InvitationService;
import org.trustwork.account.NewPasswordRule;

/**
 * Where an invited person, or one whose password an admin reset, chooses their own password. Reachable without
 * signing in: the link's token is the credential, and it works once.
 */
@Route(value = "invite/:token", autoLayout = false)
@PageTitle("Choose your password · Trustwork")
@AnonymousAllowed
public class InviteView extends Main implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final Div card = new Div();
    private String token;

    InviteView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("tw-login");
        card.addClassNames("tw-login-card", "tw-invite-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        card.removeAll();
        var title = new H1("Trustwork");
        title.addClassName("tw-login-title");
        card.add(title);
        invitations.lookUp(token).ifPresentOrElse(this::showForm, this::showNotWorking);
    }

    private void showForm(InvitationService.Invitee invitee) {
        var heading = new H2(invitee.reset() ? "Choose a new password" : "Welcome, " + invitee.displayName());
        var intro = new Paragraph((invitee.reset() ? "" : "Your clinic has opened a Trustwork account for you. ")
                + "You will sign in with " + invitee.email() + " and the password you choose here.");
        var password = new PasswordField("New password");
        password.setHelperText("At least " + NewPasswordRule.MIN + " characters; a few unrelated words work well. "
                + "No special characters needed.");
        password.setMaxLength(NewPasswordRule.MAX);
        password.setWidthFull();
        password.setManualValidation(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        var repeat = new PasswordField("New password again");
        repeat.setMaxLength(NewPasswordRule.MAX);
        repeat.setWidthFull();
        repeat.setManualValidation(true);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        var save = new Button("Set my password", click -> {
            password.setInvalid(false);
            repeat.setInvalid(false);
            String problem = NewPasswordRule.problem(password.getValue());
            if (problem != null) {
                password.setErrorMessage(problem);
                password.setInvalid(true);
                password.focus();
                return;
            }
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords are not the same.");
                repeat.setInvalid(true);
                repeat.focus();
                return;
            }
            try {
                invitations.choosePassword(token, password.getValue());
                showDone();
            } catch (InvalidInvitationException gone) {
                showNotWorking();
            } catch (IllegalArgumentException refused) {
                password.setErrorMessage(refused.getMessage());
                password.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.setId("set-password");
        var form = new Div(heading, intro, password, repeat, save);
        form.addClassName("tw-invite-form");
        card.add(form);
        password.focus();
    }

    private void showDone() {
        card.removeAll();
        var title = new H1("Trustwork");
        title.addClassName("tw-login-title");
        var signIn = new Anchor("login", "Sign in");
        signIn.getElement().setAttribute("router-ignore", true);
        signIn.addClassName("tw-invite-sign-in");
        var done = new Div(new H2("Your password is set"),
                new Paragraph("Sign in with your e-mail address and the password you just chose."), signIn);
        done.addClassName("tw-invite-form");
        done.getElement().setAttribute("role", "status");
        card.add(title, done);
    }

    private void showNotWorking() {
        card.removeAll();
        var title = new H1("Trustwork");
        title.addClassName("tw-login-title");
        var signIn = new Anchor("login", "Go to sign in");
        signIn.getElement().setAttribute("router-ignore", true);
        var gone = new Div(new H2("This link no longer works"),
                new Paragraph(new InvalidInvitationException().getMessage()), signIn);
        gone.addClassName("tw-invite-form");
        card.add(title, gone);
    }
}
