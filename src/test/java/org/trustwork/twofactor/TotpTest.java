package org.trustwork.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA-1), and the ±1 step window. */
class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void the_rfc_6238_test_vectors_come_out(long unixSeconds, String expected) {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(unixSeconds)), 8)).isEqualTo(expected);
    }

    @Test
    void a_code_is_accepted_one_step_early_or_late_but_not_two() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        assertThat(Totp.matches(RFC_KEY, Totp.code(RFC_KEY, step, 6), now)).isTrue();
        assertThat(Totp.matches(RFC_KEY, Totp.code(RFC_KEY, step - 1, 6), now)).isTrue();
        assertThat(Totp.matches(RFC_KEY, Totp.code(RFC_KEY, step + 1, 6), now)).isTrue();
        assertThat(Totp.matches(RFC_KEY, Totp.code(RFC_KEY, step - 2, 6), now)).isFalse();
        assertThat(Totp.matches(RFC_KEY, Totp.code(RFC_KEY, step + 2, 6), now)).isFalse();
        assertThat(Totp.matches(RFC_KEY, "12345", now)).isFalse();
        assertThat(Totp.matches(RFC_KEY, "abcdef", now)).isFalse();
    }

    @Test
    void base32_round_trips_and_accepts_lowercase_and_spaces() {
        byte[] data = {0, 1, 2, (byte) 250, 127, 64, 33, 9, 8, 7};
        assertThat(Base32.decode(Base32.encode(data))).isEqualTo(data);
        assertThat(Base32.decode("mzxw 6ytb")).isEqualTo("fooba".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_secret_is_sealed_with_aes_gcm_when_a_key_is_configured_and_never_stored_readable() {
        var cipher = new SecretCipher("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
        String sealed = cipher.seal("JBSWY3DPEHPK3PXP");
        assertThat(sealed).startsWith("{aes-gcm}").doesNotContain("JBSWY3DPEHPK3PXP");
        assertThat(cipher.open(sealed)).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(cipher.seal("JBSWY3DPEHPK3PXP")).isNotEqualTo(sealed);
    }
}
