package org.trustwork.audit;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** Lets tests in other packages read the newest audit entries. */
@Component
public class AuditLogTestAccess {

    private final AuditEventRepository events;

    AuditLogTestAccess(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int count) {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, count));
    }
}
