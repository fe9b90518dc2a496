package org.trustwork.couple;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.trustwork.account.UserAccount;
import org.trustwork.base.domain.AbstractEntity;

/** Ties a partner's own login to the one couple they belong to. */
@Entity
@Table(name = "partner")
public class Partner extends AbstractEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private UserAccount account;

    @jakarta.persistence.Column(name = "reminders_enabled", nullable = false)
    private boolean remindersEnabled = true;

    protected Partner() {
    }

    Partner(Couple couple, UserAccount account) {
        this.couple = couple;
        this.account = account;
    }

    public Couple getCouple() {
        return couple;
    }

    public UserAccount getAccount() {
        return account;
    }

    public boolean isRemindersEnabled() {
        return remindersEnabled;
    }

    void setRemindersEnabled(boolean remindersEnabled) {
        this.remindersEnabled = remindersEnabled;
    }
}
