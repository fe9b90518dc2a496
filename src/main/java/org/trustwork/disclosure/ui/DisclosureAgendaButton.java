package org.trustwork.disclosure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.LongSupplier;
import org.trustwork.base.ui.Notices;
import org.trustwork.disclosure.DisclosureService;

/**
 * "Add disclosure session" for a planned session's agenda. The readiness checklist is checked by the service, in
 * the same transaction as the agenda item the session feature adds ({@code addItem}, returning its id), so a couple
 * who is not ready gets no item and the therapist is told which checklist items are open.
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class DisclosureAgendaButton extends Button {

    public static final String ITEM_TITLE = "Disclosure session: released questions";
    public static final int ITEM_MINUTES = 40;

    public DisclosureAgendaButton(DisclosureService disclosure, long coupleId, long sessionId, LongSupplier addItem,
                                  Runnable afterwards) {
        super("Add disclosure session", VaadinIcon.COMMENTS_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("add-disclosure-session");
        addClickListener(click -> {
            if (Attempt.run(() -> disclosure.scheduleDisclosureSession(coupleId, sessionId, addItem))) {
                Notices.success("Disclosure session added to the agenda.");
                afterwards.run();
            }
        });
    }
}
