package org.trustwork.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/** A one-time link for setting one's own password; the token is known only by its hash. */
@Entity
@Table(name = "invitation")
class Invitation extends AbstractEntity {

    enum Purpose { INVITE, RESET }

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purpose", nullable = false, length = 10)
    private Purpose purpose;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Invitation() {
    }

    Invitation(long accountId, String tokenHash, Purpose purpose, Instant expiresAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.expiresAt = expiresAt;
    }

    long accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
