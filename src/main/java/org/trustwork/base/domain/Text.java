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
        // Stored text never holds control characters, so a search for them is a search for the rest;
        // PostgreSQL would refuse a NUL as a parameter.
        return storable(typed).strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** An optional text field: stripped, and stored as null when empty. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The input without the characters that are not text: NUL and the other control characters except tab,
     * line feed and carriage return, and lone UTF-16 surrogates. PostgreSQL refuses NUL outright and no
     * database can store half a surrogate pair, so they would turn a harmless paste into an error.
     * Everything else is kept exactly as typed.
     */
    public static String storable(String input) {
        if (input == null || input.chars().noneMatch(Text::needsCleaning)) {
            return input;
        }
        var out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < input.length() && Character.isLowSurrogate(input.charAt(i + 1))) {
                out.append(c).append(input.charAt(++i));
            } else if (!needsCleaning(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsCleaning(int c) {
        return Character.isSurrogate((char) c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /**
     * Whether the input has something a person can read once stored: a visible character, not just spaces,
     * control characters or invisible formatting marks (zero-width spaces, direction marks).
     */
    public static boolean hasText(String input) {
        String storable = storable(input);
        return storable != null && storable.codePoints()
                .anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT);
    }
}
