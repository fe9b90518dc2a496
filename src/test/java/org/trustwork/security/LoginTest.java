package org.trustwork.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;

/** The real sign-in form post, password encoder and account store, without a browser. */
@TrustworkTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Test
    void a_therapist_with_the_right_password_in_any_letter_case_of_the_email_is_asked_for_the_code() throws Exception {
        // Demo staff have two-factor sign-in: the password alone signs nobody in (see TwoFactorSignInTest).
        mvc.perform(formLogin("/login").user("Elena.Rivera@Trustwork.example").password(DemoClinic.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login/code"));
    }

    @Test
    void a_partner_signs_in_with_the_right_password_in_any_letter_case_of_the_email() throws Exception {
        mvc.perform(formLogin("/login").user("Maya@Couples.example").password(DemoClinic.PASSWORD))
                .andExpect(authenticated().withUsername(DemoClinic.MAYA).withRoles("PARTNER"));
    }

    @Test
    void a_wrong_password_is_refused_and_sent_back_to_the_login_page() throws Exception {
        mvc.perform(formLogin("/login").user(DemoClinic.RIVERA).password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void an_unknown_login_gets_the_same_answer_as_a_wrong_password() throws Exception {
        mvc.perform(formLogin("/login").user("nobody@nowhere.example").password(DemoClinic.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void logging_out_ends_the_session() throws Exception {
        mvc.perform(logout("/logout")).andExpect(unauthenticated());
    }
}
