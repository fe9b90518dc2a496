package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.trustwork.TestClock;
import org.trustwork.security.SystemTask;

/** With an SMTP server set up, the link goes to the invitee by e-mail and the admin never sees it. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "trustwork.public-url=https://care.clinic.example/"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class InvitationMailTest {

    private static final int FREE_PORT = freePort();
    private static final Pattern LINK = Pattern.compile("https://care\\.clinic\\.example/invite/([A-Za-z0-9_-]{43})");

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(FREE_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    // A fixed port would collide with another build running on the same machine.
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

    @Test
    void the_link_is_e_mailed_to_the_invitee_and_not_shown_to_the_admin() throws Exception {
        var therapist = systemTask.callAsAdmin(() -> accounts.createAccount(
                new NewAccount("Dr Mail Invited", "mail.invited@clinic.example", null, Role.THERAPIST)));

        var issued = systemTask.callAsAdmin(() -> invitations.invite(therapist.id()));

        assertThat(issued.emailed()).isTrue();
        assertThat(issued.link()).as("the admin is only told that it was sent").isNull();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("mail.invited@clinic.example");
        assertThat(received[0].getSubject()).isEqualTo("Your Trustwork account");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("Hello Dr Mail Invited").contains("works once, for 48 hours");
        var link = LINK.matcher(body);
        assertThat(link.find()).as("link with the public address in: %s", body).isTrue();

        assertThat(invitations.lookUp(link.group(1)))
                .hasValueSatisfying(invitee -> assertThat(invitee.email()).isEqualTo("mail.invited@clinic.example"));
    }
}
