package org.trustwork.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.trustwork.Application;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The settings are bound and checked as the application starts: the documented names and defaults hold, and a wrong
 * value stops the start with the setting's name and what is wrong with it.
 */
class TrustworkPropertiesTest {

    private final ApplicationContextRunner start = new ApplicationContextRunner()
            .withUserConfiguration(TrustworkProperties.Binding.class);

    @Test
    void nothing_set_gives_the_documented_defaults() {
        start.run(context -> {
            var properties = context.getBean(TrustworkProperties.class);
            assertThat(properties.security().idle().staff()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.security().idle().partner()).isEqualTo(Duration.ofMinutes(30));
            assertThat(properties.security().session().maxLifetime()).isEqualTo(Duration.ofHours(12));
            assertThat(properties.security().throttle().accountLimit()).isEqualTo(5);
            assertThat(properties.security().reset().window()).isEqualTo(Duration.ofHours(1));
            assertThat(properties.security().require2faForTherapists()).isTrue();
            assertThat(properties.retention().closedCouples()).isEqualTo(Period.ofYears(7));
            assertThat(properties.clinic().timeZone()).isEqualTo(ZoneId.systemDefault());
            assertThat(properties.catalogue().location()).isEqualTo("classpath:seeds/practices.yaml");
            assertThat(properties.demoData().enabled()).isFalse();
        });
    }

    @Test
    void the_existing_property_names_still_set_them() {
        start.withPropertyValues("trustwork.security.idle.staff=20m", "trustwork.security.session.max-lifetime=8h",
                        "trustwork.security.throttle.max-lock=2h", "trustwork.security.require-2fa-for-therapists=false",
                        "trustwork.clinic.time-zone=Pacific/Auckland", "trustwork.retention.closed-couples=P10Y",
                        "trustwork.h2.housekeeping.bytes-per-step=1024", "trustwork.public-url=https://clinic.example")
                .run(context -> {
                    var properties = context.getBean(TrustworkProperties.class);
                    assertThat(properties.security().idle().staff()).isEqualTo(Duration.ofMinutes(20));
                    assertThat(properties.security().session().maxLifetime()).isEqualTo(Duration.ofHours(8));
                    assertThat(properties.security().throttle().maxLock()).isEqualTo(Duration.ofHours(2));
                    assertThat(properties.security().require2faForTherapists()).isFalse();
                    assertThat(properties.clinic().timeZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
                    assertThat(properties.retention().closedCouples()).isEqualTo(Period.ofYears(10));
                    assertThat(properties.h2().housekeeping().bytesPerStep()).isEqualTo(1024);
                    assertThat(properties.publicUrl()).isEqualTo("https://clinic.example");
                });
    }

    @Test
    void the_documented_environment_variables_still_set_them() {
        // As the operating system hands them over: names with underscores for dots and dashes.
        var environment = Map.<String, Object>of("TRUSTWORK_CLINIC_TIME_ZONE", "Pacific/Auckland",
                "TRUSTWORK_RETENTION_CLOSED_COUPLES", "P10Y", "TRUSTWORK_SECURITY_IDLE_STAFF", "20m");
        start.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new org.springframework.core.env.SystemEnvironmentPropertySource(
                                org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                environment)))
                .run(context -> {
                    var properties = context.getBean(TrustworkProperties.class);
                    assertThat(properties.clinic().timeZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
                    assertThat(properties.retention().closedCouples()).isEqualTo(Period.ofYears(10));
                    assertThat(properties.security().idle().staff()).isEqualTo(Duration.ofMinutes(20));
                });
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_negative_limit_stops_the_start_of_the_application_with_a_message_naming_the_setting(CapturedOutput output) {
        var application = new SpringApplication(Application.class);
        application.setDefaultProperties(Map.of(
                "spring.datasource.url", "jdbc:h2:mem:wrong-setting;DB_CLOSE_DELAY=-1",
                "trustwork.demo-data.enabled", "false",
                "trustwork.security.throttle.account-limit", "-1"));
        assertThatThrownBy(() -> application.run("--server.port=0")).isNotNull();
        // What Spring Boot prints as the reason the application did not start (its failure analysis).
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Property: trustwork.security.throttle.accountLimit")
                .contains("Value: \"-1\"")
                .contains("Reason: must be greater than 0");
    }

    @Test
    void an_idle_limit_of_zero_an_unknown_time_zone_and_a_key_that_is_not_base64_stop_the_start() {
        start.withPropertyValues("trustwork.security.idle.partner=0s").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("security.idle.partner"));
        start.withPropertyValues("trustwork.clinic.time-zone=Europe/Atlantis").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("trustwork.clinic.time-zone"));
        // What the production profile reads when TRUSTWORK_TOTP_KEY is not set.
        start.withPropertyValues("trustwork.security.totp-key=${TRUSTWORK_TOTP_KEY}").run(context ->
                assertThat(messages(context.getStartupFailure())).contains("TRUSTWORK_TOTP_KEY"));
    }

    private static String messages(Throwable failure) {
        assertThat(failure).as("the start failed").isNotNull();
        var text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
