package org.trustwork.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One format per kind of date, in the viewer's locale: a day ("4 Dec 2026" or "Dec 4, 2026"), a day with its time
 * (a session's start), a time of day (a save). Views use these instead of their own patterns, so the same kind of
 * date reads the same everywhere.
 */
public final class ViewerDates {

    private ViewerDates() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.getDefault(Locale.Category.FORMAT);
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    public static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : day(instant.atZone(zone).toLocalDate());
    }

    public static String dayAndTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).format(instant.atZone(zone));
    }

    /** A moment to the second, for records such as the audit trail. */
    public static String stamp(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(locale()).format(instant.atZone(zone));
    }

    /** A time of day to the second, for "Saved …" where two saves a few seconds apart must differ. */
    public static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale())
                .format(instant.atZone(zone));
    }
}
