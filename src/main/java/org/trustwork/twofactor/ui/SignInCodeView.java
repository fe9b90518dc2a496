package org.trustwork.twofactor.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second sign-in step. A plain HTML form posting to /login/code (handled by the security filter chain,
 * like the password form), so the session id changes at the moment the person is signed in.
 */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Enter your code · Trustwork")
@AnonymousAllowed
public class SignInCodeView extends Main implements BeforeEnterObserver {

    private final Element input = new Element("input");
    private final Element label = new Element("label");
    private final Paragraph hint = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final NativeButton switchMode = new NativeButton();
    private boolean recoveryMode;

    public SignInCodeView() {
        addClassName("tw-login");
        var title = new H1("Trustwork");
        title.addClassName("tw-login-title");
        var heading = new H2("One more step");
        heading.addClassName("tw-code-heading");

        input.setAttribute("id", "code");
        input.setAttribute("name", "code");
        input.setAttribute("type", "text");
        input.setAttribute("autocomplete", "one-time-code");
        input.setAttribute("required", true);
        input.setAttribute("autofocus", true);
        input.setAttribute("aria-describedby", "code-hint code-error");
        input.getClassList().add("tw-code-input");
        label.setAttribute("for", "code");
        hint.setId("code-hint");
        hint.addClassName("tw-code-hint");
        error.setId("code-error");
        error.addClassName("tw-code-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        var submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setText("Continue");
        submit.getClassList().add("tw-code-submit");

        var form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "login/code");
        form.getClassList().add("tw-code-form");
        form.appendChild(label, input, hint.getElement(), error.getElement(), csrfField(), submit);

        switchMode.addClassName("tw-link-button");
        switchMode.addClickListener(click -> {
            showMode(!recoveryMode);
            input.executeJs("this.value = ''; this.focus()");
        });
        var back = new Anchor("login", "Back to sign in");
        back.getElement().setAttribute("router-ignore", true);
        var links = new Div(switchMode, back);
        links.addClassName("tw-code-links");

        var card = new Div(title, heading);
        card.getElement().appendChild(form);
        card.add(links);
        card.addClassNames("tw-login-card", "tw-code-card");
        add(card);
        showMode(false);
        input.executeJs("this.focus()");
    }

    private void showMode(boolean recovery) {
        recoveryMode = recovery;
        if (recovery) {
            label.setText("Recovery code");
            input.setAttribute("inputmode", "text");
            input.setAttribute("autocapitalize", "characters");
            input.removeAttribute("pattern");
            input.setAttribute("maxlength", "11");
            hint.setText("One of the ten codes you saved when you set up two-factor sign-in, "
                    + "like ABCDE-23456. Each code works once.");
            switchMode.setText("Use the code from my app");
        } else {
            label.setText("6-digit code from your authenticator app");
            input.setAttribute("inputmode", "numeric");
            input.setAttribute("pattern", "[0-9 ]*");
            input.setAttribute("maxlength", "7");
            hint.setText("Open the authenticator app on your phone and type the code it shows for Trustwork.");
            switchMode.setText("I don't have my phone: use a recovery code");
        }
    }

    private static Element csrfField() {
        var field = new Element("input");
        field.setAttribute("type", "hidden");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            field.setAttribute("name", token.getParameterName());
            field.setAttribute("value", token.getToken());
        }
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        error.setText("That code didn't work. Check it and try again; after several tries, "
                + "signing in pauses for a few minutes.");
        error.setVisible(failed);
    }
}
