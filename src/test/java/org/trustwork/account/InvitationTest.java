package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.security.SystemTask;

/** Invitations: the admin never sets a password; the link works once, for 48 hours, and only the newest one. */
@TrustworkTest
class InvitationTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final String CHOSEN = "blue kettle on a quiet shelf";

    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    SystemTask systemTask;
    @Autowired
    TestClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private AccountSummary newTherapist() {
        int n = PEOPLE.incrementAndGet();
        return systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Dr Invited " + n, "invited" + n + "@clinic.example", null, Role.THERAPIST)));
    }

    private static String token(InvitationService.IssuedLink link) {
        return link.link().substring(link.link().lastIndexOf('/') + 1);
    }

    @Test
    void without_a_configured_public_address_the_link_uses_the_address_the_admin_reached_the_app_at() {
        AccountSummary therapist = newTherapist();
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/admin/accounts");
        request.setScheme("https");
        request.setServerName("trustwork.clinic.lan");
        request.setServerPort(9443);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            var link = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));
            assertThat(link.link()).startsWith("https://trustwork.clinic.lan:9443/invite/");
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    @Test
    void the_invited_person_chooses_their_password_once_and_can_then_sign_in() throws Exception {
        AccountSummary therapist = newTherapist();
        var link = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));

        assertThat(link.emailed()).as("no SMTP server in this test").isFalse();
        assertThat(link.link()).contains("/invite/");
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
        assertThat(invitations.lookUp(token(link))).hasValueSatisfying(invitee -> {
            assertThat(invitee.email()).isEqualTo(therapist.email());
            assertThat(invitee.reset()).isFalse();
        });
        // Before choosing, no password anyone could know signs in.
        mvc.perform(formLogin("/login").user(therapist.email()).password(CHOSEN)).andExpect(redirectedUrl("/login?error"));

        invitations.choosePassword(token(link), CHOSEN);

        mvc.perform(formLogin("/login").user(therapist.email()).password(CHOSEN)).andExpect(redirectedUrl("/"));
        assertThat(invitations.lookUp(token(link))).isEmpty();
        assertThatThrownBy(() -> invitations.choosePassword(token(link), "another long passphrase"))
                .isInstanceOf(InvalidInvitationException.class)
                .hasMessageContaining("no longer works");
    }

    @Test
    void a_link_expires_after_48_hours() {
        AccountSummary therapist = newTherapist();
        var link = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));

        clock.advance(Duration.ofHours(47).plusMinutes(59));
        assertThat(invitations.lookUp(token(link))).isPresent();
        clock.advance(Duration.ofMinutes(2));

        assertThat(invitations.lookUp(token(link))).isEmpty();
        assertThatThrownBy(() -> invitations.choosePassword(token(link), CHOSEN))
                .isInstanceOf(InvalidInvitationException.class);
    }

    @Test
    void a_new_link_retires_the_earlier_one_and_unknown_links_get_the_same_answer() {
        AccountSummary therapist = newTherapist();
        var first = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));
        var second = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));

        assertThat(invitations.lookUp(token(first))).isEmpty();
        assertThat(invitations.lookUp(token(second))).isPresent();
        assertThat(invitations.lookUp("made-up-token")).isEmpty();
        assertThat(invitations.lookUp("")).isEmpty();
        assertThatThrownBy(() -> invitations.choosePassword("made-up-token", CHOSEN))
                .isInstanceOf(InvalidInvitationException.class)
                .hasMessage(new InvalidInvitationException().getMessage());
    }

    @Test
    void a_weak_password_is_refused_with_a_reason_and_the_link_keeps_working() {
        AccountSummary therapist = newTherapist();
        var link = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));

        assertThatThrownBy(() -> invitations.choosePassword(token(link), "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> invitations.choosePassword(token(link), "Password1234"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("most common");

        assertThat(invitations.lookUp(token(link))).isPresent();
    }

    @Test
    void only_a_hash_of_the_token_is_stored_and_issuing_and_accepting_are_audited() {
        AccountSummary therapist = newTherapist();
        var link = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));
        invitations.choosePassword(token(link), CHOSEN);

        var stored = jdbc.queryForList("select token_hash from invitation where account_id = ?", String.class,
                therapist.id());
        assertThat(stored).singleElement().isEqualTo(InvitationService.hash(token(link)))
                .isNotEqualTo(token(link));
        var details = jdbc.queryForList("select detail from audit_event where record_type = 'account' and record_id = ?",
                String.class, therapist.id());
        assertThat(details).contains("account opened as therapist", "invitation issued, shown to the admin",
                "invitation accepted, password chosen");
        assertThat(String.join(" ", details)).doesNotContain(token(link)).doesNotContain(CHOSEN);
    }

    @Test
    void nobody_but_an_admin_issues_links() {
        AccountSummary therapist = newTherapist();
        assertThatThrownBy(() -> invitations.invite(therapist.id()))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
