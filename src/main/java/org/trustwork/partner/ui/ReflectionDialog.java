package org.trustwork.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.trustwork.homework.HomeworkReflection;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.PartnerTask;
import org.trustwork.homework.ReflectionVisibility;

/** A few lines on how the homework went, two ratings, and who may read it. */
class ReflectionDialog extends Dialog {

    private static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);

    ReflectionDialog(HomeworkService homework, PartnerTask task, String otherPartner, Runnable afterSave) {
        setHeaderTitle("Reflection: " + task.title());
        setWidth("min(32rem, 100vw)");
        var text = new TextArea("How did it go? (optional)");
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setMaxLength(HomeworkReflection.BODY_MAX);
        var difficulty = scale("How hard was it? 1 = easy, 5 = very hard");
        var helpfulness = scale("How helpful was it? 1 = not at all, 5 = very");
        var visibility = new RadioButtonGroup<ReflectionVisibility>("Who may read this?");
        visibility.setItems(ReflectionVisibility.values());
        // The other partner by name: "my partner" leaves a doubt about who exactly will read it.
        visibility.setItemLabelGenerator(v -> v == ReflectionVisibility.THERAPIST_ONLY ? "Only my therapist"
                : "My therapist and " + otherPartner);
        visibility.setValue(ReflectionVisibility.THERAPIST_ONLY);
        if (task.myReflection() != null) {
            text.setValue(task.myReflection().body() == null ? "" : task.myReflection().body());
            difficulty.setValue(task.myReflection().difficulty());
            helpfulness.setValue(task.myReflection().helpfulness());
            visibility.setValue(task.myReflection().visibility());
        }
        add(text, difficulty, helpfulness, visibility);
        var save = new Button("Save reflection", click -> {
            boolean complete = true;
            for (var rating : List.of(difficulty, helpfulness)) {
                if (rating.getValue() == null) {
                    rating.setInvalid(true);
                    rating.setErrorMessage("Choose 1 to 5");
                    complete = false;
                }
            }
            if (complete) {
                homework.reflect(task.occurrenceId(), text.getValue(), difficulty.getValue(), helpfulness.getValue(),
                        visibility.getValue());
                close();
                afterSave.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-reflection");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static RadioButtonGroup<Integer> scale(String label) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(SCALE);
        group.addClassName("tw-scale");
        return group;
    }
}
