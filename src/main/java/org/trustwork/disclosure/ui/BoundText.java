package org.trustwork.disclosure.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A text area bound to one of the {@link QuestionForm} beans: the Bean Validation message shows under the box, and
 * the typed text stays in the box whatever happens to the save.
 */
final class BoundText<F> {

    private final TextArea area;
    private final BeanValidationBinder<F> binder;
    private final F bean;

    BoundText(String label, Class<F> type, Supplier<F> form, String initial, int max) {
        area = new TextArea(label);
        area.setWidthFull();
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        bean = form.get();
        binder = new BeanValidationBinder<>(type);
        binder.forField(area).bind("text");
        binder.setBean(bean);
        if (initial != null) {
            area.setValue(initial);
        }
    }

    TextArea area() {
        return area;
    }

    /** The valid text, or empty with the message shown under the box. */
    Optional<String> validText() {
        if (!binder.validate().isOk()) {
            area.focus();
            return Optional.empty();
        }
        return Optional.of(area.getValue());
    }

    void showError(String message) {
        area.setInvalid(true);
        area.setErrorMessage(message);
    }

    void clear() {
        area.clear();
        area.setInvalid(false);
    }
}
