package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.trustwork.TrustworkTest;
import org.trustwork.SmtpServer;
import org.trustwork.WithSmtp;
import org.trustwork.security.SystemTask;

/** With an SMTP server set up, the link goes to the invitee by e-mail and the admin never sees it. */
@TrustworkTest
@WithSmtp
@TestPropertySource(properties = {"trustwork.public-url=https://care.clinic.example/"})
class InvitationMailTest {

    private static final Pattern LINK = Pattern.compile("https://care\\.clinic\\.example/invite/([A-Za-z0-9_-]{43})");

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
        MimeMessage[] received = SmtpServer.received();
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
