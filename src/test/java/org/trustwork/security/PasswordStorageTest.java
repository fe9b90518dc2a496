package org.trustwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored as salted bcrypt hashes (over the password's SHA-256) with a work factor of at least 10,
 * tagged with their algorithm; every character of a long password counts, and hashes stored before still match.
 */
class PasswordStorageTest {

    private static final Pattern HASH = Pattern.compile("^\\{bcrypt-sha256}\\$2[aby]?\\$(\\d\\d)\\$.{53}$");

    private final PasswordEncoder encoder = SecurityConfig.passwords();

    @Test
    void a_password_is_stored_as_bcrypt_with_cost_at_least_10_and_a_fresh_salt_each_time() {
        String password = "maple leaves under the bridge";
        String first = encoder.encode(password);
        String second = encoder.encode(password);

        var matcher = HASH.matcher(first);
        assertThat(matcher.matches()).as("bcrypt hash tagged {bcrypt-sha256}: %s", first).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).isGreaterThanOrEqualTo(10);
        assertThat(first).doesNotContain(password).isNotEqualTo(second);
        assertThat(encoder.matches(password, first)).isTrue();
        assertThat(encoder.matches(password + " ", first)).isFalse();
    }

    @Test
    void a_128_character_password_beyond_bcrypts_72_bytes_is_stored_and_its_last_character_counts() {
        String longest = "🌱".repeat(127) + "a";
        String hash = encoder.encode(longest);

        assertThat(encoder.matches(longest, hash)).isTrue();
        assertThat(encoder.matches("🌱".repeat(127) + "b", hash)).isFalse();
    }

    @Test
    void hashes_stored_with_plain_bcrypt_still_match() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("an old demo passphrase");

        assertThat(encoder.matches("an old demo passphrase", old)).isTrue();
        assertThat(encoder.matches("another passphrase", old)).isFalse();
    }
}
