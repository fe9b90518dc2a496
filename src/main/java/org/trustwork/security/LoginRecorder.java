package org.trustwork.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.trustwork.account.AccountService;

/** Keeps "last login" current, which admins use to spot unused accounts. */
@Component
class LoginRecorder {

    private final AccountService accounts;

    LoginRecorder(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof TrustworkUser user) {
            accounts.recordSuccessfulLogin(user.accountId());
        }
    }
}
