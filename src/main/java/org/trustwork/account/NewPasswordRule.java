package org.trustwork.account;

/**
 * Minimal new-password rule: length only, 12 to 128 characters, no character-class rules.
 * TODO(lead): merge into account/PasswordPolicy (common-password check) when both branches are in.
 */
public final class NewPasswordRule {

    public static final int MIN = 12;
    public static final int MAX = 128;

    private NewPasswordRule() {
    }

    /** A calm explanation of what is wrong, or null if the password is acceptable. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN) {
            return "Use at least " + MIN + " characters. A few unrelated words make a good password.";
        }
        if (password.codePointCount(0, password.length()) > MAX) {
            return "Use at most " + MAX + " characters.";
        }
        return null;
    }
}
