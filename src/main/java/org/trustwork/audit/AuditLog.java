package org.trustwork.audit;

import com.vaadin.flow.server.VaadinRequest;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.trustwork.security.CurrentUser;
import org.trustwork.security.TrustworkUser;

/**
 * Writes the audit trail. An entry joins the caller's transaction, so a change and its audit entry
 * commit or roll back together, and a recorded view is never lost while the data it showed was
 * returned. Services that audit a read must therefore run it in a read-write transaction: a read-only
 * transaction cannot insert on PostgreSQL, and this class refuses it on every database so the mistake
 * shows up in tests.
 *
 * <p>Never pass private-note content, answers or reflections as the detail: say what was touched,
 * not what it says.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action by the signed-in person (or by the system when nobody is signed in). */
    @Transactional
    public void record(AuditKind kind, AuditTarget target, String detail) {
        var actor = currentUser.get();
        write(kind, actor.map(TrustworkUser::accountId).orElse(null),
                actor.map(TrustworkUser::getUsername).orElse("system"), target, detail);
    }

    /** Records an action whose actor is known by name only, e.g. a failed sign-in. */
    @Transactional
    public void recordFor(AuditKind kind, Long actorAccountId, String actorName, AuditTarget target, String detail) {
        write(kind, actorAccountId, actorName, target, detail);
    }

    private void write(AuditKind kind, Long actorId, String actorName, AuditTarget target, String detail) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("An audited operation must run in a read-write transaction");
        }
        events.save(new AuditEvent(clock.instant(), kind, actorId, actorName, target, detail, remoteAddress()));
    }

    private static String remoteAddress() {
        VaadinRequest vaadinRequest = VaadinRequest.getCurrent();
        if (vaadinRequest != null) {
            return vaadinRequest.getRemoteAddr();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return servlet.getRequest().getRemoteAddr();
        }
        return null;
    }
}
