package org.trustwork.emergency.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.trustwork.emergency.EmergencyAccessService;
import org.trustwork.emergency.EmergencyGrantInfo;

/**
 * For the caseload: couples this therapist may open in an emergency, and who was given access to this
 * therapist's own couples (who, when, why). Empty and invisible when there is nothing to say.
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class EmergencyNotices extends Div {

    private final EmergencyAccessService emergency;

    public EmergencyNotices(EmergencyAccessService emergency) {
        this.emergency = emergency;
        addClassName("tw-emergency-notices");
        getElement().setAttribute("role", "status");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        removeAll();
        for (EmergencyGrantInfo covering : emergency.myEmergencyAccess()) {
            var line = new Paragraph(new Span("Emergency access: you may open "),
                    new Anchor("couples/" + covering.coupleId(), covering.coupleName()),
                    new Span(" until " + Times.show(covering.until()) + ". Given by "
                            + covering.grantedByName() + ". Reason: " + covering.reason()));
            line.addClassName("tw-emergency-covering");
            add(line);
        }
        for (EmergencyGrantInfo onMine : emergency.grantsOnMyCouples()) {
            var line = new Paragraph((onMine.active() ? "Now: " : "Earlier: ") + onMine.therapistName()
                    + (onMine.active() ? " can open " : " could open ") + onMine.coupleName() + " from "
                    + Times.show(onMine.from()) + " to "
                    + Times.show(onMine.until()) + ", given by " + onMine.grantedByName()
                    + ". Reason: " + onMine.reason());
            line.addClassName("tw-emergency-on-mine");
            add(line);
        }
        setVisible(getChildren().findAny().isPresent());
    }
}
