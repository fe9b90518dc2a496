package org.trustwork.emergency.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.trustwork.base.ui.BrowserTime;

final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private Times() {
    }

    /** In the browser's time zone. */
    static String show(Instant instant) {
        return FORMAT.format(instant.atZone(BrowserTime.zone()));
    }
}
