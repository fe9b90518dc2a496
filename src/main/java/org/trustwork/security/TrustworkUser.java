package org.trustwork.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.trustwork.account.LoginCredentials;
import org.trustwork.account.Role;

/** The signed-in person as Spring Security holds them. */
public final class TrustworkUser implements UserDetails {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private transient String passwordHash;

    TrustworkUser(LoginCredentials credentials) {
        this.accountId = credentials.accountId();
        this.email = credentials.email();
        this.displayName = credentials.displayName();
        this.role = credentials.role();
        this.enabled = credentials.enabled();
        this.passwordHash = credentials.passwordHash();
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrustworkUser that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "TrustworkUser[" + accountId + ", " + role + "]";
    }
}
