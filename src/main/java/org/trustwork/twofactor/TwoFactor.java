package org.trustwork.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trustwork.base.domain.AbstractEntity;

/** One account's authenticator app: the shared secret (sealed by {@link SecretCipher}) and when it was confirmed. */
@Entity
@Table(name = "two_factor")
class TwoFactor extends AbstractEntity {

    @Column(name = "account_id", nullable = false, unique = true)
    private long accountId;

    @Column(name = "secret", nullable = false, length = 300)
    private String secret;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected TwoFactor() {
    }

    TwoFactor(long accountId, String sealedSecret, Instant confirmedAt) {
        this.accountId = accountId;
        this.secret = sealedSecret;
        this.confirmedAt = confirmedAt;
    }

    void replace(String sealedSecret, Instant confirmedAt) {
        this.secret = sealedSecret;
        this.confirmedAt = confirmedAt;
    }

    long accountId() {
        return accountId;
    }

    String sealedSecret() {
        return secret;
    }

    boolean confirmed() {
        return confirmedAt != null;
    }
}
