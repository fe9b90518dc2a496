package org.trustwork.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Trustwork")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("tw-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> event.getSource().getUI()
                .ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(texts());

        var title = new H1("Trustwork");
        title.addClassName("tw-login-title");
        var tagline = new Paragraph("Sessions, homework and progress for couples rebuilding trust.");
        tagline.addClassName("tw-login-tagline");
        var intro = new Div(title, tagline);
        intro.addClassName("tw-login-intro");

        notice.addClassName("tw-login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        var card = new Div(intro, notice, form);
        card.addClassName("tw-login-card");
        add(card);
    }

    private static LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password?");
        i18n.getErrorMessage().setTitle("That didn't work");
        // One message for a wrong password, an unknown e-mail and a paused sign-in, so none can be told apart.
        i18n.getErrorMessage().setMessage("Check your e-mail and password and try again. "
                + "After several unsuccessful tries, signing in pauses for a few minutes.");
        return i18n;
    }

    /** A failed sign-in comes back here with the e-mail field filled in again, and the password field focused. */
    private void keepTypedEmail() {
        WrappedSession session = VaadinSession.getCurrent().getSession();
        Object typed = session.getAttribute(TypedEmail.ATTRIBUTE);
        session.removeAttribute(TypedEmail.ATTRIBUTE);
        if (typed instanceof String email) {
            form.getElement().executeJs("""
                    const field = this.querySelector('[name=username]');
                    if (field) { field.value = $0; }
                    const password = this.querySelector('[name=password]');
                    if (password) { setTimeout(() => password.focus()); }
                    """, email);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("error")) {
            keepTypedEmail();
        }
        notice.setVisible(parameters.containsKey("signed-out") || parameters.containsKey("expired")
                || parameters.containsKey("email-changed") || parameters.containsKey("ended"));
        if (parameters.containsKey("email-changed")) {
            notice.setText("Your e-mail address is changed. Sign in with the new one.");
        } else if (parameters.containsKey("ended")) {
            // The tab's session ended on the server: signed out elsewhere, or the connection to its server was lost.
            notice.setText("Your sign-in ended or the connection to Trustwork was lost. Please sign in again: "
                    + "everything you saw as saved is kept.");
        } else {
            notice.setText(parameters.containsKey("expired")
                    ? "Your sign-in has ended. Please sign in again."
                    : "You were signed out because Trustwork wasn't used for a while. Anything you had typed was saved.");
        }
    }
}
