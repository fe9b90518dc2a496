package org.trustwork.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The result of a correct password for an account with two-factor sign-in; turned into a PendingSignIn. */
final class PendingSignInToken extends AbstractAuthenticationToken {

    private final PendingSignIn pending;

    PendingSignInToken(PendingSignIn pending) {
        super(List.of(new SimpleGrantedAuthority("FACTOR_PASSWORD")));
        this.pending = pending;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return pending;
    }

    @Override
    public String getName() {
        return pending.email();
    }
}
