package org.trustwork.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.safety.FollowUpDecision;
import org.trustwork.safety.FollowUpForm;
import org.trustwork.safety.SafetyService;
import org.trustwork.safety.SafetyViews.PartnerStatus;

/** The therapist records the individual conversation after a screen; a wrong field keeps everything typed. */
class FollowUpDialog extends Dialog {

    FollowUpDialog(SafetyService safety, long coupleId, PartnerStatus partner, Runnable afterSave) {
        setHeaderTitle("Follow-up with " + partner.partnerName());
        setWidth("min(34rem, 95vw)");
        var form = new FollowUpForm();
        // Usually recorded straight after the conversation; the therapist changes the day if not.
        form.setHeldOn(LocalDate.now(BrowserTime.zone()));
        var binder = new BeanValidationBinder<>(FollowUpForm.class);
        var heldOn = new DatePicker("Held on");
        heldOn.setMax(LocalDate.now(BrowserTime.zone()));
        heldOn.setRequiredIndicatorVisible(true);
        heldOn.setId("follow-up-held-on");
        // A radio group, not a Select: Vaadin's Select puts aria-required on its button, which axe rejects.
        var decision = new com.vaadin.flow.component.radiobutton.RadioButtonGroup<FollowUpDecision>("Decision");
        decision.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
        decision.setItems(FollowUpDecision.values());
        decision.setItemLabelGenerator(FollowUpDecision::label);
        decision.setId("follow-up-decision");
        var note = new TextArea("Private note");
        note.setMaxLength(FollowUpForm.NOTE_MAX);
        note.setHelperText("Only you see it (and a colleague covering in an emergency). Never the partners.");
        note.setWidthFull();
        note.setId("follow-up-note");
        binder.forField(heldOn).asRequired("Give the date of the individual conversation")
                .bind(FollowUpForm::getHeldOn, FollowUpForm::setHeldOn);
        binder.forField(decision).asRequired("Choose how the work goes on")
                .bind(FollowUpForm::getDecision, FollowUpForm::setDecision);
        binder.forField(note).withNullRepresentation("").bind(FollowUpForm::getNote, FollowUpForm::setNote);
        binder.setBean(form);
        add(new Paragraph("Record the individual conversation you held with " + partner.partnerName() + " alone."),
                heldOn, decision, note);
        var save = new Button("Save follow-up", click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                safety.recordFollowUp(coupleId, partner.partnerAccountId(), form);
                Notification.show("Follow-up recorded");
                close();
                afterSave.run();
            } catch (jakarta.validation.ConstraintViolationException | IllegalArgumentException refused) {
                heldOn.setInvalid(true);
                heldOn.setErrorMessage(refused instanceof IllegalArgumentException ? refused.getMessage()
                        : "Check the date: the conversation must already have taken place.");
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-follow-up");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
