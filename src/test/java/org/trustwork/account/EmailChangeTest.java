package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.security.SignedInSessions;
import org.trustwork.security.SystemTask;

/** Changing one's own sign-in address: password first, no taking someone else's, audited, sessions ended. */
@TrustworkTest
class EmailChangeTest {
    @Autowired
    RunAs runAs;

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final String PASSWORD = "a long enough password";

    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask systemTask;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    AccountSummary partner;

    @BeforeEach
    void aPartner() {
        int n = PEOPLE.incrementAndGet();
        partner = systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Partner " + n, "changing" + n + "@home.example", PASSWORD, Role.PARTNER)));
    }

    private void asPartner(Runnable step) {
        runAs.as(partner.email(), () -> {
            step.run();
            return null;
        });
    }

    @Test
    void the_new_address_signs_in_the_old_one_no_longer_and_the_change_is_audited_as_the_person() {
        String newAddress = "New." + partner.email().toUpperCase();

        asPartner(() -> accounts.changeMyEmail(PASSWORD, newAddress));

        String expected = "new." + partner.email();
        assertThat(accounts.credentialsFor(expected)).isPresent();
        assertThat(accounts.credentialsFor(partner.email())).isEmpty();
        assertThat(jdbc.queryForObject("select actor_account_id from audit_event where record_type = 'account'"
                        + " and record_id = ? and detail = ?", Long.class, partner.id(),
                "sign-in e-mail changed from " + partner.email() + " to " + expected)).isEqualTo(partner.id());
    }

    @Test
    void a_wrong_password_an_address_in_use_or_not_an_address_changes_nothing() {
        assertThatThrownBy(() -> asPartner(() -> accounts.changeMyEmail("not my password", "other@home.example")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> asPartner(() -> accounts.changeMyEmail(PASSWORD, DemoClinic.RIVERA.toUpperCase())))
                .isInstanceOf(EmailAlreadyInUseException.class);
        assertThatThrownBy(() -> asPartner(() -> accounts.changeMyEmail(PASSWORD, "no at sign")))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> asPartner(() -> accounts.changeMyEmail(PASSWORD, "")))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(accounts.credentialsFor(partner.email())).isPresent();
        assertThat(accounts.credentialsFor("other@home.example")).isEmpty();
    }

    @Test
    void the_persons_other_open_sessions_end_at_once_and_nobody_elses_do() {
        MockHttpSession theirs = signedInSession(partner.email());
        MockHttpSession someoneElses = signedInSession(DemoClinic.CHRIS);

        asPartner(() -> accounts.changeMyEmail(PASSWORD, "moved." + partner.email()));

        assertThat(theirs.isInvalid()).isTrue();
        assertThat(someoneElses.isInvalid()).isFalse();
        new SignedInTestSessions(sessions, users).forget(someoneElses);
    }

    private MockHttpSession signedInSession(String email) {
        return new SignedInTestSessions(sessions, users).signedIn(email);
    }
}
