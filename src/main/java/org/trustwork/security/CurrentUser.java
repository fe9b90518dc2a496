package org.trustwork.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.trustwork.account.Role;

/**
 * Who is asking, for services that scope data to the signed-in person. Reads the application's own
 * (Vaadin-aware) context holder strategy, the one method security uses, rather than a static holder.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contextHolder;

    CurrentUser(SecurityContextHolderStrategy contextHolder) {
        this.contextHolder = contextHolder;
    }

    public Optional<TrustworkUser> get() {
        Authentication authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TrustworkUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public TrustworkUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public long accountId() {
        return require().accountId();
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.role() == role).orElse(false);
    }
}
