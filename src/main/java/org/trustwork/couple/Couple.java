package org.trustwork.couple;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.account.UserAccount;
import org.trustwork.base.domain.AbstractEntity;

@Entity
@Table(name = "couple")
public class Couple extends AbstractEntity {

    public static final int DISPLAY_NAME_MAX = 120;
    public static final int GOALS_MAX = 4000;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", nullable = false)
    private UserAccount therapist;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 10)
    private CoupleStatus status = CoupleStatus.ACTIVE;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Size(max = GOALS_MAX)
    @Column(name = "goals", length = GOALS_MAX)
    private String goals;

    protected Couple() {
    }

    Couple(String displayName, UserAccount therapist, LocalDate startDate, String goals) {
        this.displayName = displayName.strip();
        this.therapist = therapist;
        this.startDate = startDate;
        this.goals = goals;
    }

    public String getDisplayName() {
        return displayName;
    }

    public UserAccount getTherapist() {
        return therapist;
    }

    public CoupleStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getGoals() {
        return goals;
    }

    void changeGoals(String goals) {
        this.goals = goals;
    }

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "purged_at")
    private java.time.Instant purgedAt;

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isPurged() {
        return purgedAt != null;
    }

    void close(LocalDate day) {
        this.status = CoupleStatus.CLOSED;
        this.closedOn = day;
    }

    void reopen() {
        this.status = CoupleStatus.ACTIVE;
        this.closedOn = null;
    }

    void changeTherapist(UserAccount therapist) {
        this.therapist = therapist;
    }

    void changeStatus(CoupleStatus status) {
        this.status = status;
    }
}
