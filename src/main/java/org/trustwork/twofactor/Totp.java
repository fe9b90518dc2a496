package org.trustwork.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Time-based one-time passwords as authenticator apps make them: RFC 6238 with HMAC-SHA-1, 30-second steps. */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** One step either side, for a phone clock that is a little off and the time it takes to type. */
    static final int ALLOWED_DRIFT = 1;

    private Totp() {
    }

    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    /** Whether the code matches the given time or one step either side; compared in constant time. */
    static boolean matches(byte[] key, String code, Instant now) {
        return matchingStep(key, code, now).isPresent();
    }

    /**
     * The step (of the given time and one either side) whose code this is, so that it can be used up; every step is
     * compared, in constant time, whichever matches.
     */
    static java.util.OptionalLong matchingStep(byte[] key, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return java.util.OptionalLong.empty();
        }
        long current = step(now);
        long matched = Long.MIN_VALUE;
        for (long step = current - ALLOWED_DRIFT; step <= current + ALLOWED_DRIFT; step++) {
            if (MessageDigest.isEqual(code(key, step, DIGITS).getBytes(), code.getBytes())) {
                matched = step;
            }
        }
        return matched == Long.MIN_VALUE ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(matched);
    }
}
