package org.trustwork.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs start-up work (demo data, first admin) through the same secured services a clinic admin uses,
 * instead of writing around them. Never reachable from a request.
 */
@Component
public class SystemTask {

    private final SecurityContextHolderStrategy contextHolder;

    SystemTask(SecurityContextHolderStrategy contextHolder) {
        this.contextHolder = contextHolder;
    }

    public void runAsAdmin(Runnable task) {
        callAsAdmin(() -> {
            task.run();
            return null;
        });
    }

    public <T> T callAsAdmin(Supplier<T> task) {
        SecurityContext previous = contextHolder.getContext();
        SecurityContext context = contextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        contextHolder.setContext(context);
        try {
            return task.get();
        } finally {
            contextHolder.setContext(previous);
        }
    }
}
