package org.trustwork.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.trustwork.base.domain.AbstractEntity;

/** Which partner of a couple is the hurt partner, as their therapist set it. */
@Entity
@Table(name = "disclosure_role")
class DisclosureRole extends AbstractEntity {

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Column(name = "hurt_partner_account_id", nullable = false)
    private long hurtPartnerAccountId;

    @Column(name = "set_by", nullable = false)
    private long setBy;

    protected DisclosureRole() {
    }

    DisclosureRole(long coupleId, long hurtPartnerAccountId, long setBy) {
        this.coupleId = coupleId;
        this.hurtPartnerAccountId = hurtPartnerAccountId;
        this.setBy = setBy;
    }

    long coupleId() {
        return coupleId;
    }

    long hurtPartnerAccountId() {
        return hurtPartnerAccountId;
    }

    void change(long hurtPartnerAccountId, long setBy) {
        this.hurtPartnerAccountId = hurtPartnerAccountId;
        this.setBy = setBy;
    }
}
