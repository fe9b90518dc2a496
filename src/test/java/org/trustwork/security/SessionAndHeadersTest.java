package org.trustwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.trustwork.DemoClinic;
import org.trustwork.SignedInProbe;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;

/** Session endings and the protective response headers, through the real filter chain. */
@TrustworkTest
class SessionAndHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestClock clock;
    @Autowired
    Environment environment;

    private MockHttpSession signedInPartner() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(SignInThrottlingTest.login(DemoClinic.CHRIS, DemoClinic.PASSWORD, "10.3.0.1").session(session))
                .andExpect(authenticated());
        return session;
    }

    @Test
    void every_page_carries_csp_frame_nosniff_referrer_and_permissions_headers() throws Exception {
        // A response of the filter chain itself (the Vaadin servlet does not run under MockMvc).
        mvc.perform(SignInThrottlingTest.login("nobody@nowhere.example", "x", "10.3.0.2"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy",
                        org.hamcrest.Matchers.containsString("camera=(), microphone=(), geolocation=()")));
    }

    @Test
    void hsts_is_sent_over_https_only() throws Exception {
        mvc.perform(SignInThrottlingTest.login("nobody@nowhere.example", "x", "10.3.0.3"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(SignInThrottlingTest.login("nobody@nowhere.example", "x", "10.3.0.3").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void session_cookies_are_http_only_and_same_site_lax_and_secure_in_production() {
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        // The production profile sets cookie.secure=true (application-production.properties); checked in the browser test too.
    }

    @Test
    void logging_out_ends_the_session_on_the_server() throws Exception {
        MockHttpSession session = signedInPartner();
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_ends_12_hours_after_sign_in_even_when_used_all_the_time() throws Exception {
        MockHttpSession session = signedInPartner();
        // Used every 20 minutes, within the partners' 30-minute idle limit, for 11 h 40 min.
        for (int step = 0; step < 35; step++) {
            clock.advance(Duration.ofMinutes(20));
            mvc.perform(get(SignedInProbe.PATH).session(session)).andExpect(authenticated());
        }
        clock.advance(Duration.ofMinutes(19));
        mvc.perform(get(SignedInProbe.PATH).session(session)).andExpect(authenticated());
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get(SignedInProbe.PATH).session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_session_not_used_for_the_idle_limit_ends_at_its_next_request() throws Exception {
        MockHttpSession session = signedInPartner();
        clock.advance(Duration.ofMinutes(29));
        mvc.perform(get(SignedInProbe.PATH).session(session)).andExpect(authenticated());
        clock.advance(Duration.ofMinutes(30));
        mvc.perform(get(SignedInProbe.PATH).session(session)).andExpect(unauthenticated());
        assertThat(session.isInvalid()).isTrue();
    }
}
