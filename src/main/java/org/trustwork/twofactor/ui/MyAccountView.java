package org.trustwork.twofactor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import org.trustwork.account.AccountService;
import org.trustwork.account.EmailAlreadyInUseException;
import org.trustwork.account.NewAccount;
import org.trustwork.account.NewPasswordRule;
import org.trustwork.account.UserAccount;
import org.trustwork.twofactor.EnrolmentTicket;
import org.trustwork.twofactor.ReauthenticationFailedException;
import org.trustwork.twofactor.TwoFactorService;

/**
 * "My account": change the password, the sign-in e-mail address and two-factor sign-in. Each change asks for the
 * password again (and an app code once two-factor sign-in is on).
 */
@Route("account")
@PageTitle("My account")
@PermitAll
public class MyAccountView extends Div {

    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final Validator validator;
    private final Div twoFactorSection = new Div();
    private final Paragraph requiredNotice = new Paragraph();

    MyAccountView(AccountService accounts, TwoFactorService twoFactor, Validator validator) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.validator = validator;
        addClassNames("tw-page", "tw-my-account");
        requiredNotice.addClassName("tw-required-notice");
        requiredNotice.getElement().setAttribute("role", "status");
        add(requiredNotice, passwordSection(), emailSection(), twoFactorSection);
        refresh();
    }

    private Div passwordSection() {
        var current = new PasswordField("Current password");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        var fresh = new PasswordField("New password");
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fresh.setHelperText("At least " + NewPasswordRule.MIN + " characters; a few unrelated words work well.");
        fresh.setMaxLength(NewPasswordRule.MAX);
        var repeat = new PasswordField("New password again");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setMaxLength(NewPasswordRule.MAX);
        TextField code = CodeFields.appCode();
        code.setId("password-code");
        var change = new Button("Change password", click -> {
            fresh.setInvalid(false);
            repeat.setInvalid(false);
            current.setInvalid(false);
            String problem = NewPasswordRule.problem(fresh.getValue());
            if (problem != null) {
                fresh.setErrorMessage(problem);
                fresh.setInvalid(true);
                return;
            }
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords are not the same.");
                repeat.setInvalid(true);
                return;
            }
            try {
                if (twoFactor.myStatus().enabled()) {
                    twoFactor.reauthenticate(current.getValue(), code.getValue());
                }
                accounts.changeMyPassword(current.getValue(), fresh.getValue());
                twoFactor.recordPasswordChanged();
                current.clear();
                fresh.clear();
                repeat.clear();
                code.clear();
                notify("Your password is changed.");
            } catch (ReauthenticationFailedException | IllegalArgumentException wrong) {
                current.setErrorMessage("That password or code is not right.");
                current.setInvalid(true);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(current, fresh, repeat, code, change);
        form.addClassName("tw-account-form");
        var section = new Div(new H2("Password"), form);
        section.addClassName("tw-account-section");
        code.setVisible(false);
        addAttachListener(attach -> code.setVisible(twoFactor.myStatus().enabled()));
        return section;
    }

    private Div emailSection() {
        var current = new Paragraph("You sign in with " + accounts.myAccount().getEmail() + ".");
        current.setId("current-email");
        var fresh = new EmailField("New e-mail address");
        fresh.setId("new-email");
        fresh.setMaxLength(UserAccount.EMAIL_MAX);
        fresh.setAutocomplete(Autocomplete.EMAIL);
        fresh.setHelperText("You will be signed out, and sign in again with the new address.");
        var change = new Button("Change e-mail", click -> {
            fresh.setInvalid(false);
            String address = fresh.getValue().strip();
            String problem = validator.validateValue(NewAccount.class, "email", address).stream()
                    .map(ConstraintViolation::getMessage).findFirst().orElse(null);
            if (problem != null) {
                fresh.setErrorMessage(problem);
                fresh.setInvalid(true);
                return;
            }
            boolean withCode = twoFactor.myStatus().enabled();
            new ConfirmItsYouDialog("change the e-mail address you sign in with", withCode, (password, code) -> {
                twoFactor.reauthenticate(password, code);
                try {
                    accounts.changeMyEmail(password, address);
                } catch (EmailAlreadyInUseException taken) {
                    fresh.setErrorMessage("Another account already uses this address.");
                    fresh.setInvalid(true);
                    return;
                }
                signInAgain();
            }).open();
        });
        var form = new Div(fresh, change);
        form.addClassName("tw-account-form");
        var section = new Div(new H2("E-mail address"), current, form);
        section.addClassName("tw-account-section");
        return section;
    }

    /** Every session of the account has ended but this one, which ends here: its sign-in name is the old address. */
    private static void signInAgain() {
        UI.getCurrent().getPage().setLocation("login?email-changed");
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private void refresh() {
        TwoFactorService.Status status = twoFactor.myStatus();
        requiredNotice.setText("Your clinic asks everyone in your role to use two-factor sign-in. "
                + "Set it up below to continue to Trustwork.");
        requiredNotice.setVisible(status.required() && !status.enabled());
        twoFactorSection.removeAll();
        twoFactorSection.addClassName("tw-account-section");
        twoFactorSection.add(new H2("Two-factor sign-in"));
        if (!status.enabled()) {
            twoFactorSection.add(new Paragraph("After your password, Trustwork will ask for a code from an "
                    + "authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator, "
                    + "Aegis or 1Password), so a stolen password alone is not enough."));
            var setUp = new Button("Set up two-factor sign-in",
                    click -> new ConfirmItsYouDialog("set up two-factor sign-in", false,
                            (password, code) -> showEnrolment(twoFactor.beginEnrolment(password, code))).open());
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            twoFactorSection.add(setUp);
            return;
        }
        var state = new Paragraph(status.recoveryCodesLeft() == 0
                ? "On. You have no unused recovery codes: make new ones so you can still sign in if you lose your phone."
                : "On. You have " + status.recoveryCodesLeft() + " of " + TwoFactorService.RECOVERY_CODES
                        + " recovery codes left.");
        state.setId("two-factor-state");
        twoFactorSection.add(state);
        var newApp = new Button("Move to a new phone or app",
                click -> new ConfirmItsYouDialog("set up a new authenticator app", true,
                        (password, code) -> showEnrolment(twoFactor.beginEnrolment(password, code))).open());
        var newCodes = new Button("Make new recovery codes",
                click -> new ConfirmItsYouDialog("make new recovery codes", true,
                        (password, code) -> showRecoveryCodes(twoFactor.regenerateRecoveryCodes(password, code))).open());
        var actions = new HorizontalLayout(newApp, newCodes);
        actions.setWrap(true);
        if (!status.required()) {
            var off = new Button("Turn off", click -> new ConfirmItsYouDialog("turn off two-factor sign-in", true,
                    (password, code) -> {
                        twoFactor.turnOff(password, code);
                        notify("Two-factor sign-in is off.");
                        refresh();
                    }).open());
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(off);
        }
        twoFactorSection.add(actions);
    }

    private void showEnrolment(EnrolmentTicket ticket) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Set up your authenticator app");
        dialog.setWidth("min(30rem, 100vw)");
        var qr = new Image(QrCodes.svgDataUri(ticket.otpauthUri()),
                "QR code for your authenticator app; the same key is written below");
        qr.addClassName("tw-qr");
        var secret = new Span(ticket.secretForTyping());
        secret.addClassName("tw-secret");
        secret.setId("totp-secret");
        TextField code = CodeFields.appCode();
        code.setId("enrol-code");
        var error = new Paragraph();
        error.addClassName("tw-code-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        dialog.add(new Paragraph("1. In the app, add an account and scan this code."), qr,
                new Paragraph("Can't scan? Choose \"enter a setup key\" and type this key (time-based):"), secret,
                new Paragraph("2. Type the 6-digit code the app now shows."), code, error,
                new Paragraph("This key is shown only now. It is stored so that it can't be displayed again."));
        var confirm = new Button("Turn on", click -> {
            try {
                List<String> codes = twoFactor.confirmEnrolment(ticket, code.getValue());
                dialog.close();
                refresh();
                showRecoveryCodes(codes);
            } catch (ReauthenticationFailedException wrong) {
                error.setText("That code didn't match. Check that the app's time is set automatically and try "
                        + "the next code.");
                error.setVisible(true);
                code.clear();
                code.focus();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
        code.focus();
    }

    private void showRecoveryCodes(List<String> codes) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Your recovery codes");
        dialog.setWidth("min(30rem, 100vw)");
        dialog.setCloseOnEsc(false);
        dialog.setCloseOnOutsideClick(false);
        var list = new UnorderedList();
        list.addClassName("tw-recovery-codes");
        list.setId("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        dialog.add(new Paragraph("If you lose your phone, each of these codes lets you sign in once instead of an "
                        + "app code. Print them or keep them in a password manager: they are shown only now. "
                        + "Any earlier codes no longer work."), list);
        var done = new Button("I have saved these codes", click -> {
            dialog.close();
            refresh();
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(done);
        dialog.open();
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
