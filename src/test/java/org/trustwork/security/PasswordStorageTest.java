package org.trustwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every character of a long password counts, and hashes stored before still match. */
class PasswordStorageTest {

    private final PasswordEncoder encoder = SecurityConfig.passwords();

    @Test
    void a_128_character_password_beyond_bcrypts_72_bytes_is_stored_and_its_last_character_counts() {
        String longest = "🌱".repeat(127) + "a";
        String hash = encoder.encode(longest);

        assertThat(hash).startsWith("{bcrypt-sha256}$2a$10$");
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
