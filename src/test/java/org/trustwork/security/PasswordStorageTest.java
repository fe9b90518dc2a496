package org.trustwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored as salted bcrypt hashes with a work factor of at least 10, tagged with their algorithm. */
class PasswordStorageTest {

    private static final Pattern BCRYPT = Pattern.compile("^\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$.{53}$");

    private final PasswordEncoder encoder = new SecurityConfig().passwordEncoder();

    @Test
    void a_password_is_stored_as_bcrypt_with_cost_at_least_10_and_a_fresh_salt_each_time() {
        String password = "maple leaves under the bridge";
        String first = encoder.encode(password);
        String second = encoder.encode(password);

        var matcher = BCRYPT.matcher(first);
        assertThat(matcher.matches()).as("bcrypt hash tagged {bcrypt}: %s", first).isTrue();
        assertThat(Integer.parseInt(matcher.group(1))).isGreaterThanOrEqualTo(10);
        assertThat(first).doesNotContain(password).isNotEqualTo(second);
        assertThat(encoder.matches(password, first)).isTrue();
        assertThat(encoder.matches(password + " ", first)).isFalse();
    }
}
