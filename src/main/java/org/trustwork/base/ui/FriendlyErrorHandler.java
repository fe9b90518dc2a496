package org.trustwork.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
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
        Throwable cause = rootCause(event.getThrowable());
        String message;
        if (cause instanceof AccessDeniedException) {
            log.warn("Refused: {}", cause.getMessage());
            message = "You don't have access to that.";
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = "Something went wrong and was not saved. What you typed is still on screen; please try again.";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof AccessDeniedException) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}
