package org.trustwork.twofactor;

import java.time.Instant;

/** Codes an authenticator app would show, for tests in any package. */
public final class TestTotp {

    /** The demo clinic's published staff secret (see DemoData). */
    public static final String DEMO_SECRET = "TRUSTWORKDEMOSECRETFORSTAFF23456";

    private TestTotp() {
    }

    public static String code(String base32Secret, Instant at) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(at), Totp.DIGITS);
    }

    public static String secretOf(EnrolmentTicket ticket) {
        return ticket.secret();
    }
}
