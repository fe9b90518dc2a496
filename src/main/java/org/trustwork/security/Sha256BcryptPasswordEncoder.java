package org.trustwork.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt over the SHA-256 of the password. bcrypt reads at most 72 bytes, and Spring Security refuses longer input,
 * yet Trustwork accepts passwords of up to 128 characters (which can be 512 bytes): hashing first makes every
 * character count and fits bcrypt's input (44 characters of Base64). Strength 10, as OWASP asks at least.
 */
final class Sha256BcryptPasswordEncoder implements PasswordEncoder {

    static final String ID = "bcrypt-sha256";
    static final int STRENGTH = 10;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(STRENGTH);

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    private static String digest(CharSequence rawPassword) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
