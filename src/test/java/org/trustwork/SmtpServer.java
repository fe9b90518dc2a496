package org.trustwork;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP server of {@link WithSmtp}: one per test JVM, started on first use, stopped when the JVM exits. */
public final class SmtpServer implements BeforeEachCallback {

    private static GreenMail server;

    private static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mail received since the current test began. */
    public static MimeMessage[] received() {
        return server().getReceivedMessages();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        server().purgeEmailFromAllMailboxes();
    }

    /** The application's mail sender, pointed at the server (Spring Boot's own then stays out of the way). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class MailSender {

        @Bean
        JavaMailSender javaMailSender() {
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server().getSmtp().getPort());
            return sender;
        }
    }
}
