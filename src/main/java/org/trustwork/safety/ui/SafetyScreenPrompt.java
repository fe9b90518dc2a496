package org.trustwork.safety.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.security.access.AccessDeniedException;
import org.trustwork.safety.SafetyService;

/** On the partner's home: a neutral invitation while the questions wait for them; nothing otherwise. */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class SafetyScreenPrompt extends Div {

    public SafetyScreenPrompt(SafetyService safety) {
        boolean waiting;
        try {
            waiting = safety.isWaitingForMe();
        } catch (AccessDeniedException noCouple) {
            waiting = false;
        }
        setVisible(waiting);
        if (waiting) {
            addClassNames("tw-card", "tw-for-you-prompt");
            setId("for-you-prompt");
            var answer = new Anchor("for-you", "Answer now");
            answer.setId("open-for-you");
            add(new H3("A few questions just for you"), new Paragraph("Your therapist asks each partner a few short "
                    + "questions, on their own. It takes about a minute."), answer);
        }
    }
}
