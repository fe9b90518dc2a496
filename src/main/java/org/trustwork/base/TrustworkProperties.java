package org.trustwork.base;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code trustwork.*} setting the application reads, with its default, checked at start-up: a wrong value
 * (a negative limit, an idle limit of zero, an unknown time zone) stops the start with the property's name and what
 * is wrong with it, instead of surfacing at the first sign-in. docs/operations.md lists them from here.
 * <p>
 * Environment variables reach them through Spring's relaxed binding ({@code TRUSTWORK_SECURITY_IDLE_STAFF}) and,
 * for the documented short names ({@code TRUSTWORK_PUBLIC_URL}, {@code TRUSTWORK_ADMIN_EMAIL}, ...), through
 * application.properties. The cron expressions of the two nightly jobs stay on their {@code @Scheduled}.
 */
@Validated
@ConfigurationProperties("trustwork")
public record TrustworkProperties(
        /** Address used in links in e-mails; empty: the address the browser used. */
        @DefaultValue("") String publicUrl,
        @Valid @NotNull @DefaultValue Clinic clinic,
        @Valid @NotNull @DefaultValue Security security,
        @Valid @NotNull @DefaultValue Reminders reminders,
        @Valid @NotNull @DefaultValue Retention retention,
        @Valid @NotNull @DefaultValue Catalogue catalogue,
        @Valid @NotNull @DefaultValue Measures measures,
        @Valid @NotNull @DefaultValue H2 h2,
        @Valid @NotNull @DefaultValue Setup setup,
        @Valid @NotNull @DefaultValue DemoData demoData) {

    /** The clinic's time zone: calendar days of homework, the nightly jobs, dates in audit exports. */
    public record Clinic(ZoneId timeZone) {
        public Clinic {
            timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
        }
    }

    public record Security(
            /** Base64 of 16 or 32 random bytes that encrypts authenticator secrets; empty: stored unencrypted. */
            @Pattern(regexp = "\\s*([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?\\s*",
                    message = "must be the Base64 of 16 or 32 random bytes (TRUSTWORK_TOTP_KEY)")
            @DefaultValue("") String totpKey,
            @DefaultValue("true") boolean require2faForTherapists,
            @Valid @NotNull @DefaultValue Idle idle,
            @Valid @NotNull @DefaultValue Session session,
            @Valid @NotNull @DefaultValue Throttle throttle,
            @Valid @NotNull @DefaultValue Reset reset) {
    }

    /** Idle logoff: after this long without use; the warning shows {@code warning} before. */
    public record Idle(@NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration staff,
                       @NotNull @DurationMin(seconds = 1) @DefaultValue("30m") Duration partner,
                       @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration warning) {
    }

    /** A signed-in session ends this long after sign-in, however busy. */
    public record Session(@NotNull @DurationMin(seconds = 1) @DefaultValue("12h") Duration maxLifetime) {
    }

    /** Sign-in throttling (docs/design-decisions/0003). */
    public record Throttle(@Positive @DefaultValue("5") int accountLimit,
                           @Positive @DefaultValue("20") int addressLimit,
                           @NotNull @DurationMin(seconds = 1) @DefaultValue("15m") Duration window,
                           @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration firstLock,
                           @NotNull @DurationMin(seconds = 1) @DefaultValue("60m") Duration maxLock) {
    }

    /** Self-service password reset requests per e-mail address and per network address within {@code window}. */
    public record Reset(@Positive @DefaultValue("3") int emailLimit,
                        @Positive @DefaultValue("10") int addressLimit,
                        @NotNull @DurationMin(seconds = 1) @DefaultValue("1h") Duration window) {
    }

    /** The sender of every e-mail (invitations, password resets, homework reminders). */
    public record Reminders(@NotBlank @DefaultValue("Trustwork <no-reply@trustwork.example>") String from) {
    }

    /** How long a closed couple's record is kept before the nightly job deletes it. */
    public record Retention(@NotNull @DefaultValue("P7Y") Period closedCouples) {
        public Retention {
            if (closedCouples != null && (closedCouples.isNegative() || closedCouples.isZero())) {
                throw new IllegalArgumentException(
                        "trustwork.retention.closed-couples must be a positive period, such as P7Y");
            }
        }
    }

    public record Catalogue(@NotBlank @DefaultValue("classpath:seeds/practices.yaml") String location) {
    }

    public record Measures(@NotBlank @DefaultValue("classpath*:seeds/measures/*.yaml") String location) {
    }

    public record H2(@Valid @NotNull @DefaultValue Housekeeping housekeeping) {
    }

    /** The embedded store's maintenance (docs/design-decisions/0002). */
    public record Housekeeping(@DefaultValue("true") boolean enabled,
                               @NotNull @DurationMin(millis = 10) @DefaultValue("1s") Duration interval,
                               @Positive @DefaultValue("65536") int bytesPerStep) {
    }

    /** The first admin of a clinic's own installation, from the environment (TRUSTWORK_ADMIN_*). */
    public record Setup(@DefaultValue("") String adminEmail, @DefaultValue("") String adminPassword,
                        @DefaultValue("Clinic admin") String adminName) {
    }

    /** The demo clinic ({@link DemoClinicOnly}) and its months of generated history. */
    public record DemoData(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean history) {
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TrustworkProperties.class)
    static class Binding {
    }
}
