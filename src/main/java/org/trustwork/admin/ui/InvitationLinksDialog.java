package org.trustwork.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.account.InvitationService.IssuedLink;

/**
 * Shows, once, how each person gets their link: sent by e-mail, or, with no mail server set up, the link itself to
 * pass on. The link is not stored anywhere it could be shown again.
 */
class InvitationLinksDialog extends Dialog {

    InvitationLinksDialog(String title, List<IssuedLink> links) {
        setHeaderTitle(title);
        setWidth("min(40rem, 100vw)");
        boolean anyShown = links.stream().anyMatch(link -> !link.emailed());
        if (anyShown) {
            add(new Paragraph("No mail server is set up, so pass each link on yourself, by a channel only that person "
                    + "reads. It works once, until the time shown, and it is shown only now."));
        }
        for (IssuedLink link : links) {
            var person = new Div(new H3(link.displayName() + " · " + link.email()));
            person.addClassName("tw-invitation");
            if (link.emailed()) {
                person.add(new Paragraph("Sent by e-mail. It works until " + ViewerDates.dayAndTime(link.expiresAt(), BrowserTime.zone()) + "."));
            } else {
                var field = new TextField("Link for " + link.displayName());
                field.setValue(link.link());
                field.setReadOnly(true);
                field.setWidthFull();
                field.setHelperText("Works once, until " + ViewerDates.dayAndTime(link.expiresAt(), BrowserTime.zone()) + ".");
                field.addClassName("tw-invitation-link");
                person.add(field, copyButton(link, field));
            }
            add(person);
        }
        var done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("invitation-done");
        getFooter().add(done);
    }

    /**
     * Copies the link to the clipboard. Browsers allow that only on HTTPS (and localhost); elsewhere the link is
     * selected in its field, ready for Ctrl+C.
     */
    private static Button copyButton(IssuedLink link, TextField field) {
        var copy = new Button("Copy link", VaadinIcon.COPY.create());
        copy.setAriaLabel("Copy the link for " + link.displayName());
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.addClickListener(click -> copy.getElement()
                .executeJs("return navigator.clipboard.writeText($0).then(() => true)", link.link())
                .then(Boolean.class, copied -> Notification.show("Link copied"), failed -> {
                    field.getElement().executeJs("this.inputElement.select()");
                    Notification.show("Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac).");
                }));
        return copy;
    }
}
