package org.trustwork.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trustwork.base.domain.AbstractEntity;

/** One "Forgot password?" request, for throttling only: the typed address by its hash, and where it came from. */
@Entity
@Table(name = "password_reset_request")
class PasswordResetRequest extends AbstractEntity {

    static final int ADDRESS_MAX = 64;

    @Column(name = "email_hash", nullable = false, length = 64)
    private String emailHash;

    @Column(name = "address", length = ADDRESS_MAX)
    private String address;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected PasswordResetRequest() {
    }

    PasswordResetRequest(String emailHash, String address, Instant requestedAt) {
        this.emailHash = emailHash;
        this.address = address;
        this.requestedAt = requestedAt;
    }
}
