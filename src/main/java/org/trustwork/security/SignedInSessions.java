package org.trustwork.security;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.trustwork.account.AccountDeactivated;
import org.trustwork.account.AccountSignInChanged;
import org.trustwork.base.live.LiveUpdates;

/**
 * Knows the open HTTP sessions so that deactivating an account ends that person's sessions at once, not at their
 * next sign-in: the session is invalidated, which also closes its Vaadin UIs and their push connections.
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    /** A notice to every instance: end the account's sessions, except the one with the given id ("-" for none). */
    private static final String END_SESSIONS = "end-sessions:";

    private final Map<String, HttpSession> open = new ConcurrentHashMap<>();
    private final LiveUpdates live;

    SignedInSessions(LiveUpdates live) {
        this.live = live;
        // Sessions are sticky to an instance: the others end theirs when told through the database.
        live.onOtherInstances(END_SESSIONS, topic -> {
            String[] parts = topic.substring(END_SESSIONS.length()).split(":", 2);
            int ended = endSessionsOf(Long.parseLong(parts[0]), "-".equals(parts[1]) ? null : parts[1]);
            log.info("Account {}: {} open session(s) on this instance ended at another instance's notice", parts[0], ended);
        });
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.remove(event.getSession().getId());
    }

    /** Keeps the map right when a session gets a new id at sign-in. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        open.remove(oldSessionId);
        open.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    public void on(AccountDeactivated deactivated) {
        int ended = endSessionsOf(deactivated.accountId(), null);
        live.notifyOtherInstances(END_SESSIONS + deactivated.accountId() + ":-");
        log.info("Account {} deactivated: {} open session(s) ended", deactivated.accountId(), ended);
    }

    /**
     * The sign-in address changed: the other sessions of the account end now; the one that made the change is
     * signed out by its own screen, which can still tell the person what happened.
     */
    @EventListener
    public void on(AccountSignInChanged changed) {
        String kept = currentSessionId();
        int ended = endSessionsOf(changed.accountId(), kept);
        live.notifyOtherInstances(END_SESSIONS + changed.accountId() + ":" + (kept == null ? "-" : kept));
        log.info("Account {} changed its sign-in address: {} other open session(s) ended", changed.accountId(), ended);
    }

    /** Invalidates the account's open sessions except {@code keptSessionId} (may be null); returns how many. */
    private int endSessionsOf(long accountId, String keptSessionId) {
        int ended = 0;
        for (HttpSession session : open.values()) {
            if (!session.getId().equals(keptSessionId) && belongsTo(session, accountId)) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyGone) {
                    open.remove(session.getId());
                }
            }
        }
        return ended;
    }

    private static String currentSessionId() {
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null && vaadinRequest.getWrappedSession(false) != null) {
            return vaadinRequest.getWrappedSession(false).getId();
        }
        var request = RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getSessionId();
    }

    private static boolean belongsTo(HttpSession session, long accountId) {
        try {
            Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return stored instanceof SecurityContext context && context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof TrustworkUser user
                    && user.accountId() == accountId;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
