package org.trustwork.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an unexpected failure into a calm message; the form stays as it was, so nothing typed is lost.
 * The stack trace goes to the server log, never to the screen.
 */
@Component
class FriendlyErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        if (browserWentAway(event.getThrowable())) {
            // The browser left the page or closed its connection mid-request: nobody is there to tell, nothing failed.
            log.debug("Browser went away during a request: {}", FailureMessages.rootCause(event.getThrowable()).toString());
            return;
        }
        String message = FailureMessages.forFailure(event.getThrowable());
        if (message.equals(FailureMessages.UNEXPECTED)) {
            log.error("Unexpected error in the UI", event.getThrowable());
        } else {
            log.warn("Refused: {}", FailureMessages.rootCause(event.getThrowable()).getMessage());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            try {
                ui.access(() -> {
                    var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                });
            } catch (UIDetachedException closed) {
                // the screen is gone: the message has nowhere to go, and the failure is logged above
            }
        }
    }

    /** A client abort (Tomcat's ClientAbortException, a broken pipe or reset connection) anywhere in the chain. */
    static boolean browserWentAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals("ClientAbortException")) {
                return true;
            }
            if (t instanceof java.io.IOException io && io.getMessage() != null
                    && (io.getMessage().contains("Broken pipe") || io.getMessage().contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
