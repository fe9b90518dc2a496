package org.trustwork.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.stream.IntStream;
import org.trustwork.progress.MeasureAnswers;
import org.trustwork.progress.MeasureDefinition;

/**
 * The fields of one measure, built from its definition: a one-tap row of points for long 0-10 scales, a choice
 * of labelled options otherwise. Bound to a {@link MeasureAnswers} so what was typed survives a failed save.
 */
class QuestionnaireForm extends Div {

    private final Binder<MeasureAnswers> binder = new Binder<>(MeasureAnswers.class);
    private final MeasureAnswers answers;

    QuestionnaireForm(MeasureDefinition measure, MeasureAnswers answers, String otherPartner) {
        this.answers = answers;
        addClassName("tw-questionnaire");
        int number = 0;
        for (MeasureDefinition.Item item : measure.items()) {
            number++;
            if (item.intro() != null) {
                var intro = new Paragraph(item.intro());
                intro.addClassName("tw-meta");
                add(intro);
            }
            add(field(measure, item, number));
        }
        if (measure.allowsNote()) {
            var note = new TextField(measure.noteLabel());
            note.setMaxLength(MeasureAnswers.NOTE_MAX);
            note.setWidthFull();
            note.setHelperText("Up to " + MeasureAnswers.NOTE_MAX + " characters");
            binder.forField(note).withNullRepresentation("").bind(MeasureAnswers::getNote, MeasureAnswers::setNote);
            add(note);
        }
        var share = new Checkbox("Let " + otherPartner + " see these answers");
        share.setHelperText("Your therapist always sees them. " + otherPartner + " sees them only if you tick this.");
        binder.forField(share).bind(MeasureAnswers::isShared, MeasureAnswers::setShared);
        add(share);
        binder.setBean(answers);
    }

    private Component field(MeasureDefinition measure, MeasureDefinition.Item item, int number) {
        String label = measure.validated() ? number + ". " + item.text() : item.text();
        String required = "Please answer this question";
        if (!item.hasOptions() && item.max() - item.min() > 6) {
            return scale(item, label, required);
        }
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(IntStream.rangeClosed(item.min(), item.max()).boxed().toList());
        group.setItemLabelGenerator(item::label);
        if (item.hasOptions()) {
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        } else {
            differential(group, item);
        }
        group.setId("item-" + item.key());
        group.setWidthFull();
        binder.forField(group).asRequired(required)
                .bind(a -> a.get(item.key()), (a, v) -> a.set(item.key(), v));
        return group;
    }

    /**
     * A long scale (0-10) as one row of buttons, one tap each: a radio group, so arrow keys move along it and a
     * screen reader announces "3 of 11". The words at both ends are visible under the row and part of the end
     * points' own names ("0 Not at all"), so they are heard without looking at the row.
     */
    private Component scale(MeasureDefinition.Item item, String label, String required) {
        var group = new RadioButtonGroup<Integer>(label);
        group.setItems(IntStream.rangeClosed(item.min(), item.max()).boxed().toList());
        group.setItemLabelGenerator(String::valueOf);
        group.setRenderer(new ComponentRenderer<>(p -> {
            var point = new Span(String.valueOf(p));
            if (p == item.min() || p == item.max()) {
                var words = new Span(" " + (p == item.min() ? item.lowLabel() : item.highLabel()));
                words.addClassName("tw-sr-only");
                point.add(words);
            }
            return point;
        }));
        var low = new Span(item.min() + " = " + item.lowLabel());
        var high = new Span(item.max() + " = " + item.highLabel());
        var ends = new Div(low, high);
        ends.addClassName("tw-scale-ends");
        group.setHelperComponent(ends);
        group.addClassName("tw-eleven");
        group.setId("item-" + item.key());
        group.setWidthFull();
        binder.forField(group).asRequired(required)
                .bind(a -> a.get(item.key()), (a, v) -> a.set(item.key(), v));
        return group;
    }

    /**
     * A word pair (semantic differential) as the authors print it: two words and six blank circles between them,
     * no numbers, since a number would not match the score on the reverse-scored rows. Each circle's name, heard
     * by a screen reader, says which word it lies nearest ("close to Interesting").
     */
    private static void differential(RadioButtonGroup<Integer> group, MeasureDefinition.Item item) {
        group.setRenderer(new ComponentRenderer<>(p -> {
            var name = new Span(item.label(p));
            name.addClassName("tw-sr-only");
            return name;
        }));
        var low = new Span(item.lowLabel());
        var high = new Span(item.highLabel());
        var ends = new Div(low, high);
        ends.addClassName("tw-scale-ends");
        ends.getElement().setAttribute("aria-hidden", "true");
        group.setHelperComponent(ends);
        group.addClassName("tw-differential");
    }

    /** True when every field is valid; the answers object then holds them. */
    boolean validate() {
        return binder.validate().isOk();
    }

    MeasureAnswers answers() {
        return answers;
    }
}
