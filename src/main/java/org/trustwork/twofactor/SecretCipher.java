package org.trustwork.twofactor;

import java.nio.ByteBuffer;
import org.trustwork.base.TrustworkProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts authenticator secrets at rest with AES-GCM under the key in {@code trustwork.security.totp-key}
 * (Base64 of 16 or 32 random bytes; environment TRUSTWORK_TOTP_KEY; required by the production profile).
 * Without a key (development and tests) secrets are stored marked {@code {plain}} and a warning is logged.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final String AES = "{aes-gcm}";
    private static final String PLAIN = "{plain}";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @org.springframework.beans.factory.annotation.Autowired
    SecretCipher(TrustworkProperties properties) {
        this(properties.security().totpKey());
    }

    SecretCipher(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            key = null;
            log.warn("trustwork.security.totp-key is not set: authenticator secrets are stored unencrypted");
        } else {
            key = new SecretKeySpec(Base64.getDecoder().decode(base64Key.strip()), "AES");
        }
    }

    String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return AES + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt the authenticator secret", e);
        }
    }

    String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (key == null) {
            throw new IllegalStateException("Authenticator secrets are encrypted but trustwork.security.totp-key is not set");
        }
        try {
            byte[] data = Base64.getDecoder().decode(stored.substring(AES.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, data, 0, 12));
            return new String(cipher.doFinal(data, 12, data.length - 12), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt the authenticator secret (wrong key?)", e);
        }
    }
}
