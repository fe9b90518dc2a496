package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.OnlyOnH2;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** A clinic's own installation, started without demo data and without an admin in the environment. */
@OnlyOnH2("starts on an empty database of its own, which the PostgreSQL run does not give it (pom.xml)")
@SpringBootTest(properties = {"trustwork.demo-data.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-admin-setup;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminSetupTest {

    @Autowired
    FirstAdminSetup setup;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void the_token_from_the_log_creates_the_first_admin_once(CapturedOutput output) throws Exception {
        setup.run(null);
        assertThat(setup.needed()).isTrue();
        String log = output.getAll();
        String token = log.substring(log.lastIndexOf("setup token: ") + "setup token: ".length()).strip().substring(0, 32);

        assertThatThrownBy(() -> setup.createFirstAdmin("0".repeat(32), "Ada Admin", "ada@clinic.example",
                "a long first passphrase")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token");
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "Ada Admin", "ada@clinic.example", "password1234"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("most common");
        // Whatever is typed gets a sentence back, never a database or validation exception.
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "Ada Admin", "not an address@", "a long first passphrase"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("E-mail: ");
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "A".repeat(UserAccount.DISPLAY_NAME_MAX + 1),
                "ada@clinic.example", "a long first passphrase"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Name: Use at most 100 characters");
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "\u0000\u200b ", "ada@clinic.example",
                "a long first passphrase")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Name: ");
        assertThatThrownBy(() -> setup.createFirstAdmin(token, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.count()).isZero();

        setup.createFirstAdmin(token, "Ada Admin", "ada@clinic.example", "a long first passphrase");

        var admin = accounts.findByEmail("ada@clinic.example").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(encoder.matches("a long first passphrase", admin.getPasswordHash())).isTrue();
        assertThat(setup.needed()).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "Eve", "eve@clinic.example", "another long passphrase"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.count()).isEqualTo(1);
    }
}
