package org.trustwork;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;

/**
 * A Spring test whose application sends its mail to a real SMTP server in the test JVM ({@link SmtpServer}, GreenMail
 * on a free port, so two builds on one machine never collide). The mailbox is emptied before each test; read it with
 * {@link SmtpServer#received()}. Tests with the same other settings share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(SmtpServer.MailSender.class)
@ExtendWith(SmtpServer.class)
public @interface WithSmtp {
}
