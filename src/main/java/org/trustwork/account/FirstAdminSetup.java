package org.trustwork.account;

import java.security.SecureRandom;
import org.trustwork.base.TrustworkProperties;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustwork.base.web.PublicUrl;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.trustwork.base.domain.Text;

/**
 * The first start of a clinic's own installation (no demo data, no accounts): the first admin comes either from
 * TRUSTWORK_ADMIN_EMAIL and TRUSTWORK_ADMIN_PASSWORD (and optionally TRUSTWORK_ADMIN_NAME) at start-up, or from the
 * page /setup with a one-time token printed in the log. Once any account exists, neither works any more.
 * <p>
 * Only the token's SHA-256 is kept, in the database, so that whichever instance the setup page is opened on accepts
 * the token that one of them printed. Instances starting together (one after the other, under the start-up lock)
 * share the first one's token; a start more than ten minutes later makes a new one.
 */
@Service
@Order(100)
public class FirstAdminSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final jakarta.validation.Validator validator;
    private final boolean demoData;
    private final String adminEmail;
    private final String adminPassword;
    private final String adminName;
    private final String publicUrl;
    private static final java.time.Duration SHARED_TOKEN_AGE = java.time.Duration.ofMinutes(10);
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final java.time.Clock clock;

    FirstAdminSetup(UserAccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
                    jakarta.validation.Validator validator,
                    TrustworkProperties properties,
                    PublicUrl publicUrl, org.springframework.jdbc.core.JdbcTemplate jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.validator = validator;
        this.demoData = properties.demoData().enabled();
        this.adminEmail = properties.setup().adminEmail();
        this.adminPassword = properties.setup().adminPassword();
        this.adminName = properties.setup().adminName();
        this.publicUrl = publicUrl.forBackground();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        if (demoData || accounts.count() > 0) {
            return;
        }
        if (StringUtils.hasText(adminEmail) && StringUtils.hasText(adminPassword)) {
            String problem = problem(adminName, adminEmail, adminPassword);
            if (problem == null) {
                create(adminName, adminEmail, adminPassword, "first admin created from the environment");
                log.info("First admin {} created from TRUSTWORK_ADMIN_EMAIL / TRUSTWORK_ADMIN_PASSWORD", adminEmail);
                return;
            }
            log.error("TRUSTWORK_ADMIN_EMAIL / TRUSTWORK_ADMIN_PASSWORD not used ({}); use the setup page instead",
                    problem);
        }
        var made = jdbc.queryForList("select created_at from setup_token where id = 1", java.sql.Timestamp.class);
        if (!made.isEmpty() && made.getFirst().toInstant().isAfter(clock.instant().minus(SHARED_TOKEN_AGE))) {
            log.warn("No accounts yet. Create the first admin at {}/setup with the one-time setup token that another "
                    + "instance printed in its log at {}", publicUrl, made.getFirst().toInstant());
            return;
        }
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        jdbc.update("delete from setup_token where id = 1");
        jdbc.update("insert into setup_token (id, token_hash, created_at) values (1, ?, ?)", sha256(token),
                java.sql.Timestamp.from(clock.instant()));
        log.warn("No accounts yet. Create the first admin at {}/setup with this one-time setup token: {}", publicUrl, token);
    }

    /** Whether the setup page should offer to create the first admin. */
    @Transactional(readOnly = true)
    public boolean needed() {
        return accounts.count() == 0 && storedTokenHash() != null;
    }

    private String storedTokenHash() {
        var hashes = jdbc.queryForList("select token_hash from setup_token where id = 1", String.class);
        return hashes.isEmpty() ? null : hashes.getFirst();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Creates the first admin with the token from the log; refuses everything once any account exists. */
    @Transactional
    public void createFirstAdmin(String setupToken, String name, String email, String password) {
        String stored = accounts.count() == 0 ? storedTokenHash() : null;
        if (stored == null || setupToken == null || !java.security.MessageDigest.isEqual(
                stored.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                sha256(setupToken.strip()).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("That setup token is not right. It is printed in the server's log.");
        }
        String problem = problem(name, email, password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        create(name, email, password, "first admin created with the setup token");
        jdbc.update("delete from setup_token where id = 1");
    }

    /**
     * The checks an admin's "new staff" form makes (name, e-mail address) and the password rule, so that whatever
     * is typed on the setup page, or set in the environment, gets a sentence back instead of a database error.
     */
    private String problem(String name, String email, String password) {
        var form = new NewAccount(Text.storable(name), Text.storable(email), null, Role.ADMIN);
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            var first = violations.stream().sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .findFirst().orElseThrow();
            return (first.getPropertyPath().toString().equals("email") ? "E-mail: " : "Name: ") + first.getMessage();
        }
        return NewPasswordRule.problem(password);
    }

    private void create(String name, String email, String password, String detail) {
        var admin = accounts.saveAndFlush(new UserAccount(Text.storable(email), Text.storable(name).strip(), passwordEncoder.encode(password), Role.ADMIN));
        events.publishEvent(new AccountChanged(admin.getId(), admin.getEmail(), detail, true));
    }
}
