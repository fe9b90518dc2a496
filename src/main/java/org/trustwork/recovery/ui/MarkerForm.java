package org.trustwork.recovery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.trustwork.base.ui.Notices;
import org.trustwork.recovery.MarkerKind;
import org.trustwork.recovery.NewMarker;
import org.trustwork.recovery.RecoveryException;

/**
 * Marking a day: what happened, when, a few words. For a partner also "keep it private", on by default for a
 * trigger episode and always on (and said so) for contact from the affair partner. What was typed stays in the
 * form when something is refused.
 */
class MarkerForm extends Div {

    private final BeanValidationBinder<NewMarker> binder = new BeanValidationBinder<>(NewMarker.class);

    MarkerForm(List<MarkerKind> kinds, boolean partner, String otherPartner, LocalDate today, String buttonText,
               Consumer<NewMarker> save) {
        addClassName("tw-marker-form");
        var kind = new Select<MarkerKind>();
        kind.setLabel("What happened");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(MarkerKind::label);
        kind.setId("marker-kind");
        kind.setWidthFull();
        var day = new DatePicker("When");
        day.setMax(today);
        day.setValue(today);
        day.setId("marker-day");
        day.setWidthFull();
        var note = new TextArea("A few words (optional)");
        note.setMaxLength(NewMarker.NOTE_MAX);
        note.setWidthFull();
        note.setId("marker-note");
        var keepPrivate = new Checkbox("Keep it private: only me and my therapist");
        keepPrivate.setId("marker-private");
        keepPrivate.setVisible(partner);
        binder.forField(kind).withValidator(k -> k != null, "Choose what happened").bind("kind");
        // Vaadin's select puts aria-required on its button, which that role does not allow (axe: critical); the
        // validator above still refuses an empty choice with the same message.
        kind.setRequiredIndicatorVisible(false);
        binder.forField(day).asRequired("Choose the day")
                .withValidator(d -> !d.isAfter(today), "The day cannot be in the future").bind("day");
        binder.bind(note, "note");
        binder.bind(keepPrivate, "keepPrivate");
        kind.addValueChangeListener(change -> {
            MarkerKind k = change.getValue();
            if (k == null || !partner) {
                return;
            }
            keepPrivate.setEnabled(!k.alwaysPrivate());
            keepPrivate.setValue(k.privateByDefault());
            keepPrivate.setHelperText(k.alwaysPrivate()
                    ? "Always private. Your therapist is told, " + otherPartner + " is not."
                    : k.privateByDefault() ? "Private unless you untick this." : "Untick to let " + otherPartner + " see it too.");
        });
        var add = new Button(buttonText, click -> {
            var bean = new NewMarker();
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                save.accept(bean);
                // A fresh form without error marks: clearing field by field would flag the emptied choice.
                var fresh = new NewMarker();
                fresh.setDay(today);
                binder.readBean(fresh);
                keepPrivate.setHelperText(null);
                keepPrivate.setEnabled(true);
            } catch (RecoveryException refused) {
                Notices.show(refused.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-marker");
        var when = new Div(kind, day);
        when.addClassName("tw-marker-form-row");
        add(when, note, keepPrivate, add);
    }
}
