package org.trustwork.base.ui;

import com.vaadin.flow.component.UI;
import java.time.ZoneId;

/** The time zone of the person's browser, so "Saved 14:03:12" is their 14:03; the server's zone as a fallback. */
public final class BrowserTime {

    private BrowserTime() {
    }

    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            var details = ui.getPage().getExtendedClientDetails();
            if (details != null && details.getTimeZoneId() != null && !details.getTimeZoneId().isBlank()) {
                try {
                    return ZoneId.of(details.getTimeZoneId());
                } catch (java.time.DateTimeException unknownZone) {
                    return ZoneId.systemDefault();
                }
            }
        }
        return ZoneId.systemDefault();
    }
}
