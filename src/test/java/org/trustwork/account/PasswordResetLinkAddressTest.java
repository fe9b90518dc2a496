package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.trustwork.TestClock;
import org.trustwork.security.SystemTask;

/**
 * Without a configured public address, a self-service reset link would carry whatever Host the requester sent:
 * a stranger could mail someone a link to their own server. Only a loopback address is trusted then.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "trustwork.public-url="})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class PasswordResetLinkAddressTest {

    private static final int FREE_PORT = freePort();

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(FREE_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> FREE_PORT);
    }

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

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void on_the_machine_itself_the_link_uses_the_port_the_app_runs_on() {
        systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Dr Local", "local@clinic.example", null, Role.THERAPIST)));
        requestFrom("localhost", 8092);

        invitations.requestPasswordReset("local@clinic.example", "127.0.0.1");

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("http://localhost:8092/invite/");
    }
}
