package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.trustwork.TrustworkTest;
import org.trustwork.SmtpServer;
import org.trustwork.WithSmtp;
import org.trustwork.security.SystemTask;

/**
 * Without a configured public address, a self-service reset link would carry whatever Host the requester sent:
 * a stranger could mail someone a link to their own server. Only a loopback address is trusted then.
 */
@TrustworkTest
@WithSmtp
@TestPropertySource(properties = {"trustwork.public-url="})
class PasswordResetLinkAddressTest {

    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    SystemTask systemTask;

    private static void requestFrom(String host, int port) {
        var request = new MockHttpServletRequest("POST", "/forgot-password");
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_request_claiming_another_host_sends_no_link() {
        systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Dr Poisoned", "poisoned@clinic.example", null, Role.THERAPIST)));
        requestFrom("attacker.example", 443);

        invitations.requestPasswordReset("poisoned@clinic.example", "203.0.113.40");

        assertThat(SmtpServer.received()).isEmpty();
    }

    @Test
    void on_the_machine_itself_the_link_uses_the_port_the_app_runs_on() {
        systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Dr Local", "local@clinic.example", null, Role.THERAPIST)));
        requestFrom("localhost", 8092);

        invitations.requestPasswordReset("local@clinic.example", "127.0.0.1");

        assertThat(SmtpServer.received()).hasSize(1);
        assertThat(GreenMailUtil.getBody(SmtpServer.received()[0])).contains("http://localhost:8092/invite/");
    }
}
