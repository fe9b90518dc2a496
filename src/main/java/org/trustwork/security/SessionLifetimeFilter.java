package org.trustwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on the server, whatever request comes next: 12 hours after sign-in however active it
 * is, and after the idle limit without use. The open screen's own watch signs out a tab that stays open (with a
 * warning and its notes saved); this covers a tab that was closed, or a session that never opened a screen, which
 * would otherwise stay signed in until the servlet's session timeout.
 * <p>
 * Opening a page counts as use here; Vaadin's own requests (interaction, heartbeat, push) are counted by the
 * screen's watch, which tells a click from a heartbeat.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    private final Clock clock;
    private final SessionPolicy policy;
    private final SecurityContextHolderStrategy contextHolder;

    SessionLifetimeFilter(Clock clock, SessionPolicy policy, SecurityContextHolderStrategy contextHolder) {
        this.clock = clock;
        this.policy = policy;
        this.contextHolder = contextHolder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            try {
                if (policy.isOver(session, now)) {
                    session.invalidate();
                    contextHolder.clearContext();
                } else if (isPageOpened(request)) {
                    session.setAttribute(SessionPolicy.LAST_ACTIVITY, now);
                    session.removeAttribute(SessionPolicy.WARNED);
                }
            } catch (IllegalStateException alreadyInvalid) {
                // ended by another request meanwhile: this one goes on signed out
            }
        }
        chain.doFilter(request, response);
    }

    /** A page or form a person asked for: not Vaadin's own traffic ("v-r") and not a static file. */
    private static boolean isPageOpened(HttpServletRequest request) {
        if (request.getParameter("v-r") != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/VAADIN/") || path.startsWith("/styles/") || path.startsWith("/scripts/")
                || path.startsWith("/icons/") || path.equals("/favicon.ico") || path.equals("/manifest.webmanifest")
                || path.equals("/sw.js") || path.equals("/offline.html"));
    }
}
