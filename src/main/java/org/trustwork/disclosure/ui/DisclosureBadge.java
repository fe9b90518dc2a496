package org.trustwork.disclosure.ui;

import org.springframework.stereotype.Component;
import org.trustwork.account.Role;
import org.trustwork.base.ui.NavigationBadge;
import org.trustwork.disclosure.DisclosureService;
import org.trustwork.security.CurrentUser;

/** Released questions waiting for the involved partner's answer; nobody else ever gets a count here. */
@Component
class DisclosureBadge implements NavigationBadge {

    private final DisclosureService disclosure;
    private final CurrentUser currentUser;

    DisclosureBadge(DisclosureService disclosure, CurrentUser currentUser) {
        this.disclosure = disclosure;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "my-disclosure";
    }

    @Override
    public int count() {
        return currentUser.hasRole(Role.PARTNER) ? disclosure.myQuestionsToAnswer() : 0;
    }

    @Override
    public String describe(int count) {
        return count == 1 ? "1 question to answer" : count + " questions to answer";
    }
}
