package org.trustwork.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule for every new password (invitation, reset, own change), after OWASP ASVS 5.0: 12 to 128
 * characters, any characters, no composition rules and no expiry, and not one of the passwords people choose
 * most often (the list in {@code security/common-passwords.txt}, compared without letter case).
 */
public final class NewPasswordRule {

    public static final int MIN = 12;
    public static final int MAX = 128;

    private NewPasswordRule() {
    }

    /** A calm explanation of what is wrong, or null if the password is acceptable. */
    public static String problem(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN) {
            return "Use at least " + MIN + " characters. A few unrelated words make a good password.";
        }
        if (length > MAX) {
            return "Use at most " + MAX + " characters.";
        }
        if (CommonPasswords.LIST.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return "That password is one of the most common ones, so it is easy to guess. Try a few unrelated words.";
        }
        return null;
    }

    /** Loaded once, on first use. */
    private static final class CommonPasswords {

        static final Set<String> LIST = load();

        private static Set<String> load() {
            var stream = NewPasswordRule.class.getResourceAsStream("/security/common-passwords.txt");
            if (stream == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
