package org.trustwork.base.domain;

import java.util.Locale;

/** Small text rules shared by services, so every search and every optional field behaves the same. */
public final class Text {

    private Text() {
    }

    /**
     * A lower-cased needle for {@code like concat('%', :needle, '%') escape '\\'}: empty when nothing was typed
     * (matching everything), never null (PostgreSQL cannot type a null parameter there), and with the
     * wildcards {@code %} and {@code _} escaped so that they match themselves.
     */
    public static String searchNeedle(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        return typed.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** An optional text field: stripped, and stored as null when empty. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
