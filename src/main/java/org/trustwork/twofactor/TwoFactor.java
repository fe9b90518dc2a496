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

    /** The newest 30-second step whose code was accepted; a code of that step or an earlier one is refused. */
    @Column(name = "last_used_step")
    private Long lastUsedStep;

    protected TwoFactor() {
    }

    TwoFactor(long accountId, String sealedSecret, Instant confirmedAt, Long usedStep) {
        this.accountId = accountId;
        this.secret = sealedSecret;
        this.confirmedAt = confirmedAt;
        this.lastUsedStep = usedStep;
    }

    /** A new app: its steps start afresh, with the one whose code confirmed it already used. */
    void replace(String sealedSecret, Instant confirmedAt, Long usedStep) {
        this.secret = sealedSecret;
        this.confirmedAt = confirmedAt;
        this.lastUsedStep = usedStep;
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
