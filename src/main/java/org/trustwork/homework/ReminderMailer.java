package org.trustwork.homework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a reminder through the configured SMTP server (spring.mail.host); with none configured, as in the
 * embedded default, the reminder is only logged, without its content, so nothing clinical reaches the log.
 */
@Component
class ReminderMailer {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    ReminderMailer(ObjectProvider<JavaMailSender> mailSender,
                   @Value("${trustwork.reminders.from:Trustwork <no-reply@trustwork.example>}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Returns whether the message went to an SMTP server. */
    boolean send(String to, String subject, String body) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Homework reminder for {} not sent: no SMTP server configured (spring.mail.host)", to);
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
            log.warn("Homework reminder for {} could not be sent: {}", to, failure.getMessage());
            return false;
        }
    }
}
