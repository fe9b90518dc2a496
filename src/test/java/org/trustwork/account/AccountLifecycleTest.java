package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.LoginThrottling;
import org.trustwork.security.SignedInSessions;
import org.trustwork.security.SystemTask;

/** What an admin does to accounts, including the ways each change must not go wrong. */
@TrustworkTest
class AccountLifecycleTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final String PASSWORD = "an old and long passphrase";

    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    CoupleService couples;
    @Autowired
    SystemTask systemTask;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignedInSessions sessions;
    @Autowired
    LoginThrottling throttling;
    @Autowired
    UserDetailsService users;
    private AccountSummary staff(Role role) {
        int n = PEOPLE.incrementAndGet();
        return systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Staff " + n, "lifecycle" + n + "@clinic.example", PASSWORD, role)));
    }

    private MockHttpSession signedInSession(String email) {
        return new SignedInTestSessions(sessions, users).signedIn(email);
    }

    @Test
    void a_deactivated_person_is_signed_out_at_once_cannot_sign_in_and_keeps_their_data_until_reactivated()
            throws Exception {
        AccountSummary therapist = staff(Role.THERAPIST);
        MockHttpSession theirs = signedInSession(therapist.email());
        MockHttpSession someoneElses = signedInSession(DemoClinic.OKAFOR);

        AccountSummary after = systemTask.callAsAdmin(() -> accounts.deactivate(therapist.id()));

        assertThat(after.enabled()).isFalse();
        assertThat(theirs.isInvalid()).as("their open session ended").isTrue();
        assertThat(someoneElses.isInvalid()).isFalse();
        mvc.perform(formLogin("/login").user(therapist.email()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        systemTask.callAsAdmin(() -> accounts.reactivate(therapist.id()));
        mvc.perform(formLogin("/login").user(therapist.email()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        new SignedInTestSessions(sessions, users).forget(someoneElses);
    }

    @Test
    void lifting_a_sign_in_pause_lets_the_person_try_again_at_once() {
        AccountSummary therapist = staff(Role.THERAPIST);
        for (int i = 0; i < 5; i++) {
            throttling.recordFailure(therapist.email(), "192.0.2.10");
        }
        assertThat(throttling.isThrottled(therapist.email(), "192.0.2.11")).isTrue();

        systemTask.runAsAdmin(() -> accounts.unlock(therapist.id()));

        assertThat(throttling.isThrottled(therapist.email(), "192.0.2.11")).isFalse();
    }

    @Test
    void a_reset_stops_the_old_password_at_once_and_the_link_sets_a_new_one() throws Exception {
        AccountSummary therapist = staff(Role.THERAPIST);

        var link = systemTask.callAsAdmin(() -> accounts.resetPassword(therapist.id()));

        mvc.perform(formLogin("/login").user(therapist.email()).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        String token = link.link().substring(link.link().lastIndexOf('/') + 1);
        assertThat(invitations.lookUp(token)).hasValueSatisfying(invitee -> assertThat(invitee.reset()).isTrue());
        invitations.choosePassword(token, "a brand new long passphrase");
        mvc.perform(formLogin("/login").user(therapist.email()).password("a brand new long passphrase"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void the_clinic_never_loses_its_last_admin_and_a_therapist_with_couples_keeps_the_role() {
        var activeAdmins = systemTask.callAsAdmin(() -> accounts.findAccounts(
                new AccountFilter(null, Role.ADMIN, true), org.springframework.data.domain.Pageable.unpaged()));
        long demoAdmin = activeAdmins.stream().filter(a -> a.email().equals(DemoClinic.ADMIN)).findFirst().orElseThrow().id();
        // Other tests may have made admins; set them aside so the demo admin is the last one, then restore them.
        var others = activeAdmins.stream().filter(a -> a.id() != demoAdmin).toList();
        try {
            others.forEach(a -> systemTask.callAsAdmin(() -> accounts.deactivate(a.id())));
            assertThatThrownBy(() -> systemTask.callAsAdmin(() -> accounts.changeRole(demoAdmin, Role.THERAPIST)))
                    .isInstanceOf(AccountRefusedException.class).hasMessageContaining("last active admin");
            assertThatThrownBy(() -> systemTask.callAsAdmin(() -> accounts.deactivate(demoAdmin)))
                    .isInstanceOf(AccountRefusedException.class).hasMessageContaining("last active admin");
        } finally {
            others.forEach(a -> systemTask.callAsAdmin(() -> accounts.reactivate(a.id())));
        }

        long rivera = systemTask.callAsAdmin(() -> accounts.therapists().stream()
                .filter(t -> t.email().equals(DemoClinic.RIVERA)).findFirst().orElseThrow().id());
        assertThatThrownBy(() -> systemTask.callAsAdmin(() -> accounts.changeRole(rivera, Role.ADMIN)))
                .isInstanceOf(AccountRefusedException.class).hasMessageContaining("couple");

        AccountSummary newcomer = staff(Role.THERAPIST);
        assertThat(systemTask.callAsAdmin(() -> accounts.changeRole(newcomer.id(), Role.ADMIN)).role())
                .isEqualTo(Role.ADMIN);
        assertThat(systemTask.callAsAdmin(() -> accounts.changeRole(newcomer.id(), Role.THERAPIST)).role())
                .isEqualTo(Role.THERAPIST);
    }

    @Test
    void a_transfer_moves_the_whole_couple_to_the_new_therapist_at_once_and_is_audited() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        long okafor = systemTask.callAsAdmin(() -> accounts.therapists().stream()
                .filter(t -> t.email().equals(DemoClinic.OKAFOR)).findFirst().orElseThrow().id());
        assertThat(runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId).id())).isEqualTo(coupleId);

        systemTask.callAsAdmin(() -> couples.transfer(coupleId, okafor));

        assertThat(runAs.as(DemoClinic.OKAFOR, () -> couples.couple(coupleId).therapistName())).isEqualTo("Dr Samuel Okafor");
        assertThatThrownBy(() -> runAs.as(DemoClinic.RIVERA, () -> couples.couple(coupleId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForList("select detail from audit_event where couple_id = ? and kind = 'ACCESS_GRANT'",
                String.class, coupleId)).singleElement().asString()
                .contains("transferred from Dr Elena Rivera").contains("to Dr Samuel Okafor");
    }

    @Test
    void account_changes_are_for_admins_only() {
        AccountSummary therapist = staff(Role.THERAPIST);
        assertThatThrownBy(() -> runAs.as(DemoClinic.RIVERA, () -> accounts.deactivate(therapist.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.as(DemoClinic.MAYA, () -> accounts.resetPassword(therapist.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
