package org.trustwork.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.trustwork.account.FirstAdminSetup;
import org.trustwork.account.NewPasswordRule;
import org.trustwork.account.UserAccount;

/** First start of a clinic's installation: the first admin account, with the one-time token from the log. */
@Route(value = "setup", autoLayout = false)
@PageTitle("Set up Trustwork")
@AnonymousAllowed
public class SetupView extends Main implements BeforeEnterObserver {

    /** The sign-in route (security.ui.LoginView): named, not imported, because security builds on account. */
    private static final String SIGN_IN = "login";

    private final FirstAdminSetup setup;

    SetupView(FirstAdminSetup setup) {
        this.setup = setup;
        addClassName("tw-login");
        var title = new H1("Trustwork");
        title.addClassName("tw-login-title");
        var token = new TextField("Setup token (from the server's log)");
        var name = new TextField("Your name");
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX);
        var email = new EmailField("Your e-mail (your login)");
        email.setMaxLength(UserAccount.EMAIL_MAX);
        var password = new PasswordField("Password");
        password.setMaxLength(NewPasswordRule.MAX);
        password.setHelperText("At least " + NewPasswordRule.MIN + " characters.");
        var error = new Paragraph();
        error.addClassName("tw-form-error");
        error.getElement().setAttribute("role", "alert");
        var create = new Button("Create the first admin", click -> {
            try {
                setup.createFirstAdmin(token.getValue(), name.getValue(), email.getValue(), password.getValue());
                getUI().ifPresent(ui -> ui.navigate(SIGN_IN));
            } catch (IllegalArgumentException refused) {
                error.setText(refused.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(new H2("Set up your clinic"), new Paragraph("There are no accounts yet. Create the "
                + "clinic's first admin; they then invite everybody else."), token, name, email, password, error, create);
        form.addClassName("tw-invite-form");
        form.getChildren().filter(c -> c instanceof com.vaadin.flow.component.HasSize)
                .forEach(c -> ((com.vaadin.flow.component.HasSize) c).setWidthFull());
        var card = new Div(title, form);
        card.addClassNames("tw-login-card", "tw-invite-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setup.needed()) {
            event.forwardTo(SIGN_IN);
        }
    }
}
