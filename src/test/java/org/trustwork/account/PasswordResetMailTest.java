package org.trustwork.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.trustwork.TrustworkTest;
import org.trustwork.SmtpServer;
import org.trustwork.WithSmtp;
import org.trustwork.TestClock;
import org.trustwork.security.SystemTask;

/** "Forgot password?": a link by e-mail for a real account, silence for any other address, and no flooding. */
@TrustworkTest
@WithSmtp
@TestPropertySource(properties = {"trustwork.public-url=https://care.clinic.example/"})
class PasswordResetMailTest {

    private static final Pattern LINK = Pattern.compile("https://care\\.clinic\\.example/invite/([A-Za-z0-9_-]{43})");

    @Autowired
    AccountService accounts;
    @Autowired
    InvitationService invitations;
    @Autowired
    SystemTask systemTask;
    @Autowired
    TestClock clock;
    @Autowired
    org.trustwork.audit.AuditTrail auditTrail;

    private void account(String name, String email) {
        systemTask.callAsAdmin(() -> accounts.createAccount(new NewAccount(name, email, null, Role.THERAPIST)));
    }

    private long mailsTo(String email) {
        return Arrays.stream(SmtpServer.received()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @Test
    void a_known_address_gets_a_one_time_link_to_choose_a_new_password() throws Exception {
        account("Dr Forgetful", "forgetful@clinic.example");

        invitations.requestPasswordReset("  Forgetful@Clinic.example ", "203.0.113.5");

        MimeMessage[] received = SmtpServer.received();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("forgetful@clinic.example");
        assertThat(received[0].getSubject()).isEqualTo("Choose a new Trustwork password");
        String body = GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("Hello Dr Forgetful", "hopefully you", "works once, for 48 hours");
        var link = LINK.matcher(body);
        assertThat(link.find()).as("link in: %s", body).isTrue();
        String token = link.group(1);
        assertThat(invitations.lookUp(token)).hasValueSatisfying(invitee -> assertThat(invitee.reset()).isTrue());

        assertThatThrownBy(() -> invitations.choosePassword(token, "short"))
                .as("the new password follows the rule").isInstanceOf(IllegalArgumentException.class);
        invitations.choosePassword(token, "quiet harbour lantern seven");

        assertThat(invitations.lookUp(token)).as("a used link").isEmpty();
        assertThatThrownBy(() -> invitations.choosePassword(token, "another harbour lantern eight"))
                .isInstanceOf(InvalidInvitationException.class);
    }

    @Test
    void an_address_without_an_account_gets_no_mail_and_no_different_answer() {
        invitations.requestPasswordReset("nobody.here@clinic.example", "203.0.113.6");
        invitations.requestPasswordReset("not an address", "203.0.113.6");

        assertThat(mailsTo("nobody.here@clinic.example")).isZero();
        var audited = systemTask.callAsAdmin(() -> auditTrail.search(
                new org.trustwork.audit.AuditFilter("nobody.here@clinic.example", null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 10)));
        assertThat(audited).extracting(org.trustwork.audit.AuditEntry::detail)
                .containsExactly("password reset requested on the sign-in page for an address no active account uses");
    }

    @Test
    void one_address_cannot_be_flooded_with_links() {
        account("Dr Flooded", "flooded@clinic.example");
        for (int i = 0; i < 5; i++) {
            invitations.requestPasswordReset("flooded@clinic.example", "203.0.113." + (10 + i));
        }
        assertThat(mailsTo("flooded@clinic.example")).as("three an hour, from wherever").isEqualTo(3);

        clock.advance(Duration.ofMinutes(61));
        invitations.requestPasswordReset("flooded@clinic.example", "203.0.113.20");
        assertThat(mailsTo("flooded@clinic.example")).isEqualTo(4);
    }

    @Test
    void one_client_cannot_send_links_to_many_addresses() {
        account("Dr Target", "target@clinic.example");
        for (int i = 0; i < 10; i++) {
            invitations.requestPasswordReset("guess" + i + "@clinic.example", "198.51.100.7");
        }
        invitations.requestPasswordReset("target@clinic.example", "198.51.100.7");
        assertThat(mailsTo("target@clinic.example")).as("the eleventh request from one address").isZero();

        invitations.requestPasswordReset("target@clinic.example", "198.51.100.8");
        assertThat(mailsTo("target@clinic.example")).isEqualTo(1);
    }
}
