package org.trustwork.access;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Switches the signed-in person in place, for tests that try many people in a row. */
record SignedInAs(UserDetailsService users, SecurityContextHolderStrategy contextHolder) {

    void switchTo(Who who) {
        var context = contextHolder.createEmptyContext();
        if (who.email != null) {
            var user = users.loadUserByUsername(who.email);
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        }
        contextHolder.setContext(context);
    }
}
