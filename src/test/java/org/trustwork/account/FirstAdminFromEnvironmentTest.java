package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.OnlyOnH2;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A clinic's own installation started with TRUSTWORK_ADMIN_EMAIL and TRUSTWORK_ADMIN_PASSWORD (here through the
 * properties they feed): the first admin exists when the application is up, and the setup page is not offered.
 */
@OnlyOnH2("starts on an empty database of its own, which the PostgreSQL run does not give it (pom.xml)")
@SpringBootTest(properties = {"trustwork.demo-data.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:first-admin-env;DB_CLOSE_DELAY=-1",
        "trustwork.setup.admin-email=Head.Admin@Clinic.example",
        "trustwork.setup.admin-password=a long first passphrase",
        "trustwork.setup.admin-name=Hana Head"})
@ActiveProfiles("test")
class FirstAdminFromEnvironmentTest {

    @Autowired
    FirstAdminSetup setup;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void the_environment_creates_the_first_admin_at_start_up_and_the_setup_page_is_gone() {
        assertThat(accounts.count()).isEqualTo(1);
        var admin = accounts.findByEmail("head.admin@clinic.example").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getDisplayName()).isEqualTo("Hana Head");
        assertThat(encoder.matches("a long first passphrase", admin.getPasswordHash())).isTrue();

        assertThat(setup.needed()).isFalse();
        assertThatThrownBy(() -> setup.createFirstAdmin("", "Eve", "eve@clinic.example", "another long passphrase"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.count()).isEqualTo(1);
    }
}
