package org.trustwork.twofactor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.trustwork.twofactor.ReauthenticationFailedException;

/** Asks for the password (and an app code once two-factor sign-in is on) before a sensitive change. */
class ConfirmItsYouDialog extends Dialog {

    interface Action {
        void run(String password, String code);
    }

    private final PasswordField password = new PasswordField("Your password");
    private final TextField code = CodeFields.appCode();
    private final Paragraph error = new Paragraph();

    ConfirmItsYouDialog(String what, boolean askForCode, Action action) {
        setHeaderTitle("Confirm it's you");
        setWidth("min(26rem, 100vw)");
        var intro = new Paragraph("To " + what + ", enter your password"
                + (askForCode ? " and a code from your authenticator app." : "."));
        password.setWidthFull();
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        code.setVisible(askForCode);
        error.addClassName("tw-code-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(intro, password, code, error);
        var confirm = new Button("Continue", click -> {
            try {
                action.run(password.getValue(), code.getValue());
                close();
            } catch (ReauthenticationFailedException wrong) {
                error.setText("That password or code is not right. After several tries this pauses for a few minutes.");
                error.setVisible(true);
                password.clear();
                code.clear();
                password.focus();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        var cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                password.focus();
            }
        });
    }
}
