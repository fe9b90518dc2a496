package org.trustwork.safety.ui;

import org.springframework.stereotype.Component;
import org.trustwork.account.Role;
import org.trustwork.base.ui.NavigationBadge;
import org.trustwork.safety.SafetyService;
import org.trustwork.security.CurrentUser;

/** "Just for you" in the partner's navigation shows a 1 while the questions wait for them; worded neutrally. */
@Component
class SafetyScreenBadge implements NavigationBadge {

    private final SafetyService safety;
    private final CurrentUser currentUser;

    SafetyScreenBadge(SafetyService safety, CurrentUser currentUser) {
        this.safety = safety;
        this.currentUser = currentUser;
    }

    @Override
    public String path() {
        return "for-you";
    }

    @Override
    public int count() {
        if (!currentUser.hasRole(Role.PARTNER)) {
            return 0;
        }
        // a partner outside a couple: the main layout counts the refusal as 0
        return safety.isWaitingForMe() ? 1 : 0;
    }

    @Override
    public String describe(int count) {
        return "a few questions waiting for you";
    }
}
