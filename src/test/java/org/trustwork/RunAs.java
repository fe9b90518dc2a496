package org.trustwork;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a step as a demo user, as if they had signed in, then puts the previous sign-in back. */
public record RunAs(UserDetailsService users, SecurityContextHolderStrategy contextHolder) {

    public <T> T as(String email, Supplier<T> step) {
        var previous = contextHolder.getContext();
        var context = contextHolder.createEmptyContext();
        UserDetails user = users.loadUserByUsername(email);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contextHolder.setContext(context);
        try {
            return step.get();
        } finally {
            contextHolder.setContext(previous);
        }
    }
}
