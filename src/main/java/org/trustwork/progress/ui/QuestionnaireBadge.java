package org.trustwork.progress.ui;

import org.springframework.stereotype.Component;
import org.trustwork.account.Role;
import org.trustwork.base.ui.NavigationBadge;
import org.trustwork.progress.CheckInService;
import org.trustwork.security.CurrentUser;

/** On a partner's Check-in entry: the questionnaires their therapist asked for that they have not answered. */
@Component
class QuestionnaireBadge implements NavigationBadge {

    private final CheckInService checkIns;
    private final CurrentUser currentUser;

    QuestionnaireBadge(CheckInService checkIns, CurrentUser currentUser) {
        this.checkIns = checkIns;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "check-in";
    }

    @Override
    public int count() {
        if (!currentUser.hasRole(Role.PARTNER)) {
            return 0;
        }
        // a partner outside a couple: the main layout counts the refusal as 0
        return checkIns.myOpenQuestionnaires().size();
    }

    @Override
    public String describe(int count) {
        return count == 1 ? "1 questionnaire to answer" : count + " questionnaires to answer";
    }
}
