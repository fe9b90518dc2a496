package org.trustwork.twofactor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trustwork.base.domain.AbstractEntity;

/** A one-time recovery code, stored as its SHA-256 hash only. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }

    void use(Instant when) {
        this.usedAt = when;
    }
}
