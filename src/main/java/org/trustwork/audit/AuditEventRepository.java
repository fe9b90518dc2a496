package org.trustwork.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: there is deliberately no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCoupleIdOrderByOccurredAtDesc(Long coupleId, Pageable page);

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);
}
