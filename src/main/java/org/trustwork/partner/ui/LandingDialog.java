package org.trustwork.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.trustwork.base.ui.Notices;
import org.trustwork.homework.HomeworkException;
import org.trustwork.homework.HomeworkLanding;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.PartnersPractice;
import org.trustwork.homework.HowItLanded;

/** "How did it land for you?": three plain choices, a note, and whether the partner who did it may read it. */
class LandingDialog extends Dialog {

    LandingDialog(HomeworkService homework, PartnersPractice practice, Runnable afterSave) {
        setHeaderTitle("How did it land for you?");
        setWidth("min(32rem, 100vw)");
        var about = new Paragraph(practice.doneBy() + " marked \u201c" + practice.title() + "\u201d done on "
                + MyHomeworkView.DAY.format(practice.doneOn()) + ". Saying how it landed is up to you.");
        about.addClassName("tw-meta");
        var landed = new RadioButtonGroup<HowItLanded>("Choose one");
        landed.setItems(HowItLanded.values());
        landed.setItemLabelGenerator(HowItLanded::label);
        landed.setId("landing-choice");
        var note = new TextArea("Anything you want to add (optional)");
        note.setWidthFull();
        note.setMinHeight("6rem");
        note.setMaxLength(HomeworkLanding.NOTE_MAX);
        note.setId("landing-note");
        var share = new Checkbox("Let " + practice.doneBy() + " read this");
        share.setId("landing-share");
        var readers = new Paragraph();
        readers.addClassName("tw-reflection-readers");
        Runnable who = () -> readers.setText(share.getValue()
                ? "Your therapist and " + practice.doneBy() + " can read this."
                : "Only your therapist can read this.");
        share.addValueChangeListener(change -> who.run());
        if (practice.myAnswer() != null) {
            landed.setValue(practice.myAnswer());
            note.setValue(practice.myNote() == null ? "" : practice.myNote());
            share.setValue(practice.shared());
        }
        who.run();
        add(about, landed, note, share, readers);
        var save = new Button("Save", click -> {
            if (landed.getValue() == null) {
                landed.setInvalid(true);
                landed.setErrorMessage("Choose one of the three");
                return;
            }
            try {
                homework.sayHowItLanded(practice.occurrenceId(), landed.getValue(), note.getValue(), share.getValue());
                close();
                Notices.show("Saved. " + readers.getText());
            } catch (HomeworkException refused) {
                Notices.show(refused.getMessage());
            }
            afterSave.run();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-landing");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
