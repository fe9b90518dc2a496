package org.trustwork.disclosure.ui;

import com.vaadin.flow.component.html.Anchor;

/** The link from a couple's page to their disclosure questions, for the therapist. */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class DisclosureLink extends Anchor {

    public DisclosureLink(long coupleId) {
        super("couples/" + coupleId + "/disclosure", "Disclosure questions and readiness");
        setId("disclosure-link");
        addClassName("tw-disclosure-link");
    }
}
