package org.trustwork.security;

import jakarta.servlet.http.HttpSession;
import org.trustwork.base.TrustworkProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.trustwork.account.Role;

/**
 * How long a signed-in session lasts: at most {@code max-lifetime} after sign-in, and ended after the idle limit of
 * the person's role without use. Both the open screen's watch ({@code security.ui.IdleLogoff}, which warns and saves
 * typed notes first) and the server's check of every request ({@link SessionLifetimeFilter}, for sessions whose tab
 * was closed) read it, and the session attributes they share are named here once.
 */
@Component
public class SessionPolicy {

    /** When the session was signed in (both sign-in steps set it). */
    public static final String SIGNED_IN_AT = "trustwork.signedInAt";
    /** The last request that carried use: a page opened, or a Vaadin request with user interaction. */
    public static final String LAST_ACTIVITY = "trustwork.lastActivity";
    /** Set while the "Still there?" warning shows: then only "Stay signed in" counts as use. */
    public static final String WARNED = "trustwork.idleWarned";

    private final Duration staffLimit;
    private final Duration partnerLimit;
    private final Duration maxLifetime;

    SessionPolicy(TrustworkProperties properties) {
        var security = properties.security();
        this.staffLimit = security.idle().staff();
        this.partnerLimit = security.idle().partner();
        this.maxLifetime = security.session().maxLifetime();
    }

    public Duration idleLimit(Role role) {
        return role == Role.PARTNER ? partnerLimit : staffLimit;
    }

    public Duration maxLifetime() {
        return maxLifetime;
    }

    /** Whether a session whose {@link #SIGNED_IN_AT} attribute holds {@code signedInAt} has run past its lifetime. */
    public boolean pastLifetime(Object signedInAt, Instant now) {
        return signedInAt instanceof Instant at && !now.isBefore(at.plus(maxLifetime));
    }

    /** Whether the session, signed in, has run past its lifetime or been idle past its limit at {@code now}. */
    boolean isOver(HttpSession session, Instant now) {
        Optional<TrustworkUser> user = signedIn(session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        if (user.isEmpty()) {
            return false;
        }
        Instant signedInAt = session.getAttribute(SIGNED_IN_AT) instanceof Instant at ? at : null;
        if (pastLifetime(signedInAt, now)) {
            return true;
        }
        Instant last = session.getAttribute(LAST_ACTIVITY) instanceof Instant at ? at : signedInAt;
        return last != null && !now.isBefore(last.plus(idleLimit(user.get().role())));
    }

    /** The person signed in through this stored security context, if any. */
    public static Optional<TrustworkUser> signedIn(Object storedContext) {
        if (storedContext instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof TrustworkUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
