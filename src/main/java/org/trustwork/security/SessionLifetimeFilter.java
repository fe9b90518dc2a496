package org.trustwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session 12 hours after sign-in however active it is: the next request arrives signed
 * out (the idle-logoff watch ends it on open screens at the same moment).
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration maxLifetime;
    private final SecurityContextHolderStrategy contextHolder;

    SessionLifetimeFilter(Clock clock, Duration maxLifetime, SecurityContextHolderStrategy contextHolder) {
        this.clock = clock;
        this.maxLifetime = maxLifetime;
        this.contextHolder = contextHolder;
    }

    static boolean expired(HttpSession session, Clock clock, Duration maxLifetime) {
        return session.getAttribute(SignInSteps.SIGNED_IN_AT) instanceof Instant signedInAt
                && !clock.instant().isBefore(signedInAt.plus(maxLifetime));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            boolean over;
            try {
                over = expired(session, clock, maxLifetime);
            } catch (IllegalStateException alreadyInvalid) {
                over = false;
            }
            if (over) {
                session.invalidate();
                contextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
