package org.trustwork.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** "Are you sure?" before an admin action that is hard to take back: Cancel, or the action in red. */
public final class ConfirmAction {

    private ConfirmAction() {
    }

    public static void ask(String title, String text, String action, Runnable onConfirm) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(new Paragraph(text));
        var go = new Button(action, click -> {
            dialog.close();
            onConfirm.run();
        });
        go.setId("confirm-action");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), go);
        dialog.open();
    }
}
