package org.trustwork.couple;

import org.trustwork.base.domain.HasText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.account.UserAccount;

/** What an admin enters to open a couple: the couple, their therapist and both partners' logins. */
public class NewCouple {

    @HasText(message = "Enter a name for the couple, e.g. \"Maya & Tom\"")
    @Size(max = Couple.DISPLAY_NAME_MAX, message = "Use at most " + Couple.DISPLAY_NAME_MAX + " characters")
    private String displayName = "";

    @NotNull(message = "Choose the couple's therapist")
    private Long therapistAccountId;

    @NotNull(message = "Enter the date therapy started")
    private LocalDate startDate;

    @Size(max = Couple.GOALS_MAX, message = "Use at most " + Couple.GOALS_MAX + " characters")
    private String goals = "";

    @Valid
    private final NewAccount partnerOne = new NewAccount("", "", "", Role.PARTNER);

    @Valid
    private final NewAccount partnerTwo = new NewAccount("", "", "", Role.PARTNER);

    @AssertTrue(message = "Each partner needs their own e-mail address")
    public boolean isPartnerEmailsDistinct() {
        String one = UserAccount.normaliseEmail(partnerOne.getEmail());
        String two = UserAccount.normaliseEmail(partnerTwo.getEmail());
        return one == null || one.isEmpty() || !Objects.equals(one, two);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getTherapistAccountId() {
        return therapistAccountId;
    }

    public void setTherapistAccountId(Long therapistAccountId) {
        this.therapistAccountId = therapistAccountId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public NewAccount getPartnerOne() {
        return partnerOne;
    }

    public NewAccount getPartnerTwo() {
        return partnerTwo;
    }
}
