package org.trustwork.base.mail;

import org.slf4j.Logger;
import org.trustwork.base.TrustworkProperties;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail (homework reminders, invitations) through the configured SMTP server (spring.mail.host);
 * with none configured, as in the embedded default, the message is only logged as not sent, without its content,
 * so nothing clinical and no link reaches the log.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    OutgoingMail(ObjectProvider<JavaMailSender> mailSender,
                   TrustworkProperties properties) {
        this.mailSender = mailSender;
        this.from = properties.reminders().from();
    }

    /** Whether an SMTP server is configured at all. */
    public boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Returns whether the message went to an SMTP server. */
    public boolean send(String to, String subject, String body) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Mail \"{}\" for {} not sent: no SMTP server configured (spring.mail.host)", subject, to);
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return true;
        } catch (MailException failure) {
            log.warn("Mail \"{}\" for {} could not be sent: {}", subject, to, failure.getMessage());
            return false;
        }
    }
}
