package org.trustwork.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short confirmations for the partner's phone screens: at the top, under the navigation bar (the stylesheet
 * places them there on narrow screens), for three seconds, so they never sit on the buttons at the bottom of a
 * card; on a phone only the newest shows, so they cannot pile up.
 */
public final class Notices {

    private static final int DURATION_MILLIS = 3000;

    private Notices() {
    }

    public static Notification show(String text) {
        var notice = new Notification(text, DURATION_MILLIS, Notification.Position.TOP_CENTER);
        notice.addClassName("tw-notice");
        notice.open();
        return notice;
    }

    public static Notification success(String text) {
        Notification notice = show(text);
        notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notice;
    }
}
