package org.trustwork.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * When a tab's session has ended on the server (signed out elsewhere, deactivated, or its instance went away and the
 * load balancer sent the tab to another one), the tab goes straight to the sign-in page, which says what happened,
 * instead of Vaadin's "Session expired" box.
 */
@Component
class SessionEndedMessages implements VaadinServiceInitListener {

    static final String ENDED = "ended";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL("login?" + ENDED);
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
