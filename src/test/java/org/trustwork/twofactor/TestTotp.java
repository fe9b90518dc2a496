package org.trustwork.twofactor;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Codes an authenticator app would show, for tests in any package. */
public final class TestTotp {

    /** The demo clinic's published staff secret (see DemoData). */
    public static final String DEMO_SECRET = "TRUSTWORKDEMOSECRETFORSTAFF23456";

    private static final Map<String, Long> LAST_STEP_GIVEN = new ConcurrentHashMap<>();

    private TestTotp() {
    }

    public static String code(String base32Secret, Instant at) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(at), Totp.DIGITS);
    }

    /**
     * A code the app has not accepted for this account yet, at the real time (for tests against the running app on
     * the system clock). A code works once, so a test signing the same person in again within 30 seconds gets the
     * code of the next step the app still accepts, or waits for the phone's next code as a person would.
     */
    public static synchronized String unusedCode(String account, String base32Secret) {
        while (true) {
            Instant now = Instant.now();
            long current = Totp.step(now);
            // the previous step's code is still accepted, unless it is about to drop out of the one-step drift
            boolean previousSafe = now.getEpochSecond() % Totp.STEP_SECONDS < Totp.STEP_SECONDS - 5;
            long step = Math.max(previousSafe ? current - 1 : current, LAST_STEP_GIVEN.getOrDefault(account, 0L) + 1);
            if (step <= current + Totp.ALLOWED_DRIFT) {
                LAST_STEP_GIVEN.put(account, step);
                return Totp.code(Base32.decode(base32Secret), step, Totp.DIGITS);
            }
            try {
                Thread.sleep((Totp.STEP_SECONDS - now.getEpochSecond() % Totp.STEP_SECONDS) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static String secretOf(EnrolmentTicket ticket) {
        return ticket.secret();
    }
}
