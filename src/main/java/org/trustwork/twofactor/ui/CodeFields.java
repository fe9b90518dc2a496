package org.trustwork.twofactor.ui;

import com.vaadin.flow.component.textfield.TextField;

final class CodeFields {

    private CodeFields() {
    }

    /** A labelled six-digit field that phones open with the number pad and password managers can fill. */
    static TextField appCode() {
        var field = new TextField("6-digit code from your app");
        field.setWidthFull();
        field.setMaxLength(7);
        field.setAllowedCharPattern("[0-9 ]");
        field.getElement().setAttribute("autocomplete", "one-time-code");
        field.getElement().setAttribute("inputmode", "numeric");
        return field;
    }
}
