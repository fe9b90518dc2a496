package org.trustwork.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.EmailAlreadyInUseException;
import org.trustwork.account.UserAccount;
import org.trustwork.couple.Couple;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.couple.NewCouple;

/**
 * Opens a couple with their therapist and an account for each partner; the partners choose their own passwords
 * through the invitation links the admin is given next.
 */
public class NewCoupleDialog extends Dialog {

    private final BeanValidationBinder<NewCouple> binder = new BeanValidationBinder<>(NewCouple.class);
    private final EmailField emailOne = emailField("Partner 1 e-mail");
    private final EmailField emailTwo = emailField("Partner 2 e-mail");

    public NewCoupleDialog(AccountService accounts, CoupleService couples, Consumer<CoupleSummary> onCreated) {
        setHeaderTitle("New couple");
        setWidth("min(44rem, 100vw)");

        var name = new TextField("Couple's name");
        name.setPlaceholder("e.g. Maya & Tom");
        name.setMaxLength(Couple.DISPLAY_NAME_MAX);
        var therapist = new ComboBox<AccountSummary>("Therapist");
        therapist.setItems(accounts.therapists());
        therapist.setItemLabelGenerator(AccountSummary::displayName);
        var start = new DatePicker("Therapy started");
        var goals = new TextArea("Goals (optional)");
        goals.setMaxLength(Couple.GOALS_MAX);

        var nameOne = new TextField("Partner 1 name");
        var nameTwo = new TextField("Partner 2 name");

        binder.bind(name, "displayName");
        binder.forField(therapist).asRequired("Choose the couple's therapist")
                .bind(f -> null, (f, t) -> f.setTherapistAccountId(t == null ? null : t.id()));
        binder.bind(start, "startDate");
        binder.bind(goals, "goals");
        binder.bind(nameOne, "partnerOne.displayName");
        binder.bind(emailOne, "partnerOne.email");
        binder.bind(nameTwo, "partnerTwo.displayName");
        binder.forField(emailTwo)
                .withValidator(value -> value == null || !value.strip().equalsIgnoreCase(emailOne.getValue().strip()),
                        "Each partner needs their own e-mail address")
                .bind("partnerTwo.email");
        var initial = new NewCouple();
        initial.setStartDate(LocalDate.now());
        binder.readBean(initial);

        var form = new FormLayout(name, therapist, start, goals,
                new H3("Partner 1"), nameOne, emailOne,
                new H3("Partner 2"), nameTwo, emailTwo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(goals, 2);
        form.getChildren().filter(H3.class::isInstance).forEach(h -> form.setColspan(h, 2));
        add(form);

        var save = new Button("Create couple", click -> save(couples, onCreated));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("create-couple");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(CoupleService couples, Consumer<CoupleSummary> onCreated) {
        var bean = new NewCouple();
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        try {
            CoupleSummary created = couples.createCouple(bean);
            onCreated.accept(created);
            close();
        } catch (EmailAlreadyInUseException e) {
            var field = e.getMessage().contains(emailOne.getValue().strip().toLowerCase()) ? emailOne : emailTwo;
            field.setInvalid(true);
            field.setErrorMessage(e.getMessage());
        }
    }

    private static EmailField emailField(String label) {
        var field = new EmailField(label);
        field.setMaxLength(UserAccount.EMAIL_MAX);
        return field;
    }
}
