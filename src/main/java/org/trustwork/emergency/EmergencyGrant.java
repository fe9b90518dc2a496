package org.trustwork.emergency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.trustwork.base.domain.AbstractEntity;

/**
 * An admin's time-limited grant of one couple's record to a therapist who is not theirs. Names are copied
 * in at the time of the grant, so the notice shows who was involved even if an account changes later.
 */
@Entity
@Table(name = "emergency_grant")
class EmergencyGrant extends AbstractEntity {

    public static final int REASON_MAX = 500;

    @Column(name = "couple_id", nullable = false)
    private long coupleId;
    @Column(name = "couple_name", nullable = false)
    private String coupleName;
    @Column(name = "therapist_id", nullable = false)
    private long therapistId;
    @Column(name = "therapist_name", nullable = false)
    private String therapistName;
    @Column(name = "owner_therapist_id", nullable = false)
    private long ownerTherapistId;
    @Column(name = "granted_by_id", nullable = false)
    private long grantedById;
    @Column(name = "granted_by_name", nullable = false)
    private String grantedByName;
    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected EmergencyGrant() {
    }

    EmergencyGrant(long coupleId, String coupleName, long therapistId, String therapistName, long ownerTherapistId,
                   long grantedById, String grantedByName, String reason, Instant startsAt, Instant expiresAt) {
        this.coupleId = coupleId;
        this.coupleName = coupleName;
        this.therapistId = therapistId;
        this.therapistName = therapistName;
        this.ownerTherapistId = ownerTherapistId;
        this.grantedById = grantedById;
        this.grantedByName = grantedByName;
        this.reason = reason;
        this.startsAt = startsAt;
        this.expiresAt = expiresAt;
    }

    void revoke(Instant when) {
        if (revokedAt == null) {
            revokedAt = when;
        }
    }

    EmergencyGrantInfo info(Instant now) {
        return new EmergencyGrantInfo(getId(), coupleId, coupleName, therapistName, grantedByName, reason, startsAt,
                revokedAt != null && revokedAt.isBefore(expiresAt) ? revokedAt : expiresAt,
                revokedAt == null && !now.isBefore(startsAt) && now.isBefore(expiresAt), revokedAt != null);
    }

    long coupleId() {
        return coupleId;
    }

    long therapistId() {
        return therapistId;
    }
}
