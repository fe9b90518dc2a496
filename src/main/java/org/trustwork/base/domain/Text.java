package org.trustwork.base.domain;

import java.util.Locale;

/** Small text rules shared by services, so every search and every optional field behaves the same. */
public final class Text {

    private Text() {
    }

    /** A lower-cased search needle, or null when the user typed nothing, which a query reads as "no filter". */
    public static String searchNeedle(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** An optional text field: stripped, and stored as null when empty. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
