package org.trustwork.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.trustwork.base.domain.Text;
import org.trustwork.session.AgendaTemplate;
import org.trustwork.session.AgendaTemplateService;
import org.trustwork.session.SessionStateException;
import org.trustwork.session.SessionViews.TemplateInfo;

/** Save the current agenda as a template, or add a template's items to it. */
class TemplateDialogs {

    private final AgendaTemplateService templates;
    private final long sessionId;
    private final SessionAction act;

    TemplateDialogs(AgendaTemplateService templates, long sessionId, SessionAction act) {
        this.templates = templates;
        this.sessionId = sessionId;
        this.act = act;
    }

    void openSave() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Save agenda as template");
        var name = new TextField("Template name");
        name.setPlaceholder("e.g. Standard 50-minute session");
        name.setMaxLength(AgendaTemplate.NAME_MAX);
        name.setWidthFull();
        dialog.add(name);
        var save = new Button("Save template", click -> {
            if (!Text.hasText(name.getValue())) {
                name.setInvalid(true);
                name.setErrorMessage("Give the template a name");
                return;
            }
            try {
                TemplateInfo saved = templates.saveAsTemplate(sessionId, name.getValue());
                Notification.show("Template \"" + saved.name() + "\" saved with " + saved.steps() + " items");
                dialog.close();
            } catch (SessionStateException refused) {
                name.setInvalid(true);
                name.setErrorMessage(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    void openApply() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Add items from a template");
        var mine = templates.myTemplates();
        if (mine.isEmpty()) {
            dialog.add(new Paragraph("You have no templates yet. Build an agenda and save it as a template."));
            dialog.getFooter().add(new Button("Close", click -> dialog.close()));
            dialog.open();
            return;
        }
        var choice = new Select<TemplateInfo>();
        choice.setLabel("Template");
        choice.setItems(mine);
        choice.setItemLabelGenerator(t -> t.name() + " (" + t.steps() + " items, " + t.totalMinutes() + " min)");
        choice.setValue(mine.getFirst());
        choice.setWidthFull();
        dialog.add(choice);
        var apply = new Button("Add to agenda", click -> {
            if (act.run(() -> templates.applyTemplate(sessionId, choice.getValue().id()))) {
                dialog.close();
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), apply);
        dialog.open();
    }
}
