package org.trustwork.twofactor;

import java.time.Instant;

/**
 * The benchmark's authenticator app: the current six-digit code for a seeded therapist's known secret, made by the
 * app's own {@link Totp} (package-private, hence this bridge in the same package; bench class path only).
 */
public final class BenchCodes {

    private BenchCodes() {
    }

    public static String now(String base32Secret) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(Instant.now()), Totp.DIGITS);
    }
}
