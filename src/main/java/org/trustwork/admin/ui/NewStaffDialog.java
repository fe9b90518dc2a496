package org.trustwork.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.function.Consumer;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.EmailAlreadyInUseException;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.account.UserAccount;

/**
 * Opens a therapist or admin account; the person chooses their own password through the invitation link the admin
 * is given next. Partners are added with their couple.
 */
class NewStaffDialog extends Dialog {

    private final BeanValidationBinder<NewAccount> binder = new BeanValidationBinder<>(NewAccount.class);
    private final EmailField email = new EmailField("E-mail (their login)");

    NewStaffDialog(AccountService accounts, Consumer<AccountSummary> onCreated) {
        setHeaderTitle("New staff account");
        setWidth("min(32rem, 100vw)");

        var role = new RadioButtonGroup<Role>("Role");
        role.setItems(Role.THERAPIST, Role.ADMIN);
        role.setItemLabelGenerator(Role::label);
        var name = new TextField("Full name");
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX);
        email.setMaxLength(UserAccount.EMAIL_MAX);

        binder.forField(role).asRequired("Choose a role").bind("role");
        binder.bind(name, "displayName");
        binder.bind(email, "email");
        binder.readBean(new NewAccount("", "", null, Role.THERAPIST));

        var form = new FormLayout(role, name, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var save = new Button("Create and invite", click -> save(accounts, onCreated));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-staff");
        getFooter().add(new Button("Cancel", click -> close()), save);
        name.focus();
    }

    private void save(AccountService accounts, Consumer<AccountSummary> onCreated) {
        var bean = new NewAccount();
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        try {
            AccountSummary created = accounts.createAccount(bean);
            onCreated.accept(created);
            close();
        } catch (EmailAlreadyInUseException e) {
            email.setInvalid(true);
            email.setErrorMessage(e.getMessage());
        }
    }
}
