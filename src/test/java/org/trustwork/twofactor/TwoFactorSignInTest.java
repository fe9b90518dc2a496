package org.trustwork.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLogTestAccess;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;

/** Password, then code: nothing is signed in between, and every way around the second step is refused. */
@TrustworkTest
class TwoFactorSignInTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
    @Autowired
    CoupleService couples;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    AuditLogTestAccess audit;

    private MockHttpSession passwordStep(String email, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(email).password(password))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login/code"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private MvcResult codeStep(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/code").param("code", code).session(session).with(csrf()).with(request -> {
            request.setRemoteAddr("10.2.0.1"); // this class's own address, so its failures never pause other tests
            return request;
        })).andReturn();
    }

    /** A code works once: each test signs in on a time step that no earlier test (sharing this clock) has used. */
    @org.junit.jupiter.api.BeforeEach
    void nextCodeStep() {
        clock.advance(java.time.Duration.ofSeconds(30));
    }

    @Test
    void a_therapist_with_an_app_signs_in_with_password_then_code_and_gets_a_new_session_id() throws Exception {
        MockHttpSession session = passwordStep(DemoClinic.OKAFOR, DemoClinic.PASSWORD);
        String beforeCode = session.getId();
        // Between the steps the person is not signed in: every screen sends them to sign in.
        mvc.perform(get("/caseload").session(session)).andExpect(unauthenticated());

        MvcResult result = codeStep(session, TestTotp.code(TestTotp.DEMO_SECRET, clock.instant()));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.getId()).isNotEqualTo(beforeCode);
        mvc.perform(get(org.trustwork.SignedInProbe.PATH).session(session))
                .andExpect(authenticated().withUsername(DemoClinic.OKAFOR).withRoles("THERAPIST"));
    }

    @Test
    void a_password_only_sign_in_also_gets_a_new_session_id() throws Exception {
        String partner = freshPartner();
        var session = new MockHttpSession();
        String before = session.getId();
        // As a browser does: the session id comes back in its cookie before the sign-in.
        mvc.perform(login(partner, DemoClinic.PASSWORD + "-long", "127.0.0.1").session(session).with(request -> {
                    request.setRequestedSessionId(before);
                    request.setRequestedSessionIdValid(true);
                    return request;
                }))
                .andExpect(authenticated());
        assertThat(session.getId()).isNotEqualTo(before);
    }

    @Test
    void a_wrong_code_an_old_code_or_no_password_step_is_refused() throws Exception {
        MockHttpSession session = passwordStep(DemoClinic.OKAFOR, DemoClinic.PASSWORD);
        assertThat(codeStep(session, "000000").getResponse().getRedirectedUrl()).isEqualTo("/login/code?error");
        String twoStepsOld = TestTotp.code(TestTotp.DEMO_SECRET, clock.instant().minus(Duration.ofSeconds(61)));
        if (!twoStepsOld.equals(TestTotp.code(TestTotp.DEMO_SECRET, clock.instant()))) {
            assertThat(codeStep(session, twoStepsOld).getResponse().getRedirectedUrl())
                    .isEqualTo("/login/code?error");
        }
        mvc.perform(get("/caseload").session(session)).andExpect(unauthenticated());

        // A right code without a password step in this session leads back to the password.
        assertThat(codeStep(new MockHttpSession(), TestTotp.code(TestTotp.DEMO_SECRET, clock.instant()))
                .getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void the_code_must_follow_the_password_within_five_minutes() throws Exception {
        MockHttpSession session = passwordStep(DemoClinic.OKAFOR, DemoClinic.PASSWORD);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(codeStep(session, TestTotp.code(TestTotp.DEMO_SECRET, clock.instant()))
                .getResponse().getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void guessing_codes_is_throttled_like_passwords() throws Exception {
        String partner = freshPartner();
        List<String> recovery = enrol(partner);
        MockHttpSession session = passwordStep(partner, DemoClinic.PASSWORD + "-long");
        for (int i = 0; i < 5; i++) {
            codeStep(session, String.format("%06d", i));
        }
        // Even a right recovery code is now refused for a while.
        assertThat(codeStep(session, recovery.getFirst()).getResponse().getRedirectedUrl())
                .isEqualTo("/login/code?error");
        assertThat(audit.latest(3)).anySatisfy(event -> assertThat(event.getDetail()).isEqualTo("throttled"));
    }

    @Test
    void each_recovery_code_works_once_and_its_use_is_audited() throws Exception {
        String partner = freshPartner();
        List<String> recovery = enrol(partner);
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

        MockHttpSession session = passwordStep(partner, DemoClinic.PASSWORD + "-long");
        assertThat(codeStep(session, recovery.get(3).toLowerCase()).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(audit.latest(3)).anySatisfy(event -> {
            assertThat(event.getKind()).isEqualTo(AuditKind.ACCOUNT_CHANGE);
            assertThat(event.getDetail()).isEqualTo("Recovery code used to sign in (9 left)");
        });

        MockHttpSession again = passwordStep(partner, DemoClinic.PASSWORD + "-long");
        assertThat(codeStep(again, recovery.get(3)).getResponse().getRedirectedUrl()).isEqualTo("/login/code?error");
    }

    @Test
    void enrolment_needs_the_password_and_a_code_from_the_new_app_and_is_audited() {
        String partner = freshPartner();
        assertThatThrownBy(() -> runAs.as(partner, () -> twoFactor.beginEnrolment("wrong password", null)))
                .isInstanceOf(ReauthenticationFailedException.class);
        EnrolmentTicket ticket = runAs.as(partner, () -> twoFactor.beginEnrolment(DemoClinic.PASSWORD + "-long", null));
        assertThat(ticket.otpauthUri()).startsWith("otpauth://totp/Trustwork%3A").contains("secret=" + ticket.secret());
        assertThatThrownBy(() -> runAs.as(partner, () -> twoFactor.confirmEnrolment(ticket, "123456")))
                .isInstanceOf(ReauthenticationFailedException.class);
        long accountId = accounts.credentialsFor(partner).orElseThrow().accountId();
        assertThat(twoFactor.isEnrolled(accountId)).isFalse();

        runAs.as(partner, () -> twoFactor.confirmEnrolment(ticket, TestTotp.code(ticket.secret(), clock.instant())));
        assertThat(twoFactor.isEnrolled(accountId)).isTrue();
        assertThat(audit.latest(15)).anySatisfy(event -> {
            assertThat(event.getActorAccountId()).isEqualTo(accountId);
            assertThat(event.getDetail()).isEqualTo("Two-factor sign-in turned on");
        });
        // Changing it again needs a code from the app as well as the password.
        assertThatThrownBy(() -> runAs.as(partner,
                () -> twoFactor.regenerateRecoveryCodes(DemoClinic.PASSWORD + "-long", null)))
                .isInstanceOf(ReauthenticationFailedException.class);
        // The code that confirmed the app has been used: it cannot confirm a change as well. The next one can.
        assertThatThrownBy(() -> runAs.as(partner, () -> {
            twoFactor.turnOff(DemoClinic.PASSWORD + "-long", TestTotp.code(ticket.secret(), clock.instant()));
            return null;
        })).isInstanceOf(ReauthenticationFailedException.class);
        clock.advance(java.time.Duration.ofSeconds(30));
        runAs.as(partner, () -> {
            twoFactor.turnOff(DemoClinic.PASSWORD + "-long", TestTotp.code(ticket.secret(), clock.instant()));
            return null;
        });
        assertThat(twoFactor.isEnrolled(accountId)).isFalse();
        assertThat(audit.latest(3)).anySatisfy(event ->
                assertThat(event.getDetail()).isEqualTo("Two-factor sign-in turned off"));
    }

    @Test
    void it_is_required_for_admins_and_therapists_and_optional_for_partners() {
        assertThat(twoFactor.isRequired(Role.ADMIN)).isTrue();
        assertThat(twoFactor.isRequired(Role.THERAPIST)).isTrue();
        assertThat(twoFactor.isRequired(Role.PARTNER)).isFalse();
        assertThat(runAs.as(DemoClinic.RIVERA, () -> twoFactor.mustEnrol())).isFalse();
        assertThatThrownBy(() -> runAs.as(DemoClinic.RIVERA, () -> {
            twoFactor.turnOff(DemoClinic.PASSWORD, TestTotp.code(TestTotp.DEMO_SECRET, clock.instant()));
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runAs.as(DemoClinic.ADMIN, () -> twoFactor.isEnabledFor(
                accounts.credentialsFor(DemoClinic.RIVERA).orElseThrow().accountId()))).isTrue();
    }

    private List<String> enrol(String email) {
        EnrolmentTicket ticket = runAs.as(email, () -> twoFactor.beginEnrolment(DemoClinic.PASSWORD + "-long", null));
        return runAs.as(email, () -> twoFactor.confirmEnrolment(ticket, TestTotp.code(ticket.secret(), clock.instant())));
    }

    private String freshPartner() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        return systemTask.callAsAdmin(() -> couples.allCouples()).stream().filter(c -> c.id() == coupleId)
                .findFirst().orElseThrow().partners().getFirst().email();
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String email, String password,
                                                                                           String address) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", email).param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
