package org.trustwork.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import java.time.Instant;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Insert and read only: there is deliberately no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCoupleIdOrderByOccurredAtDesc(Long coupleId, Pageable page);

    List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

    // Optional filters through flags, not null parameters: PostgreSQL cannot type a bare null.
    @Query("""
            select e from AuditEvent e
            where lower(coalesce(e.actorName, '')) like concat('%', :person, '%') escape '\\'
              and (:anyKind = true or e.kind = :kind)
              and (:anyCouple = true or e.coupleId = :coupleId)
              and e.occurredAt >= :from and e.occurredAt < :to
            order by e.id desc
            """)
    List<AuditEvent> search(@Param("person") String person, @Param("anyKind") boolean anyKind,
                            @Param("kind") AuditKind kind, @Param("anyCouple") boolean anyCouple,
                            @Param("coupleId") long coupleId, @Param("from") Instant from, @Param("to") Instant to,
                            Pageable page);

    @Query("""
            select count(e) from AuditEvent e
            where lower(coalesce(e.actorName, '')) like concat('%', :person, '%') escape '\\'
              and (:anyKind = true or e.kind = :kind)
              and (:anyCouple = true or e.coupleId = :coupleId)
              and e.occurredAt >= :from and e.occurredAt < :to
            """)
    long count(@Param("person") String person, @Param("anyKind") boolean anyKind, @Param("kind") AuditKind kind,
               @Param("anyCouple") boolean anyCouple, @Param("coupleId") long coupleId, @Param("from") Instant from,
               @Param("to") Instant to);

    /**
     * For a page of entries, in one statement: the name of the couple each concerns and, for an account record, the
     * person's name. Names only, never what a record says. A native query: the audit feature reads the two tables by
     * id without depending on the features that own them (which all write to the audit trail).
     */
    @Query(value = """
            select e.id, c.display_name, a.display_name from audit_event e
            left join couple c on c.id = e.couple_id
            left join user_account a on e.record_type = 'account' and a.id = e.record_id
            where e.id in (:ids)
            """, nativeQuery = true)
    List<Object[]> recordNames(@Param("ids") java.util.Collection<Long> ids);
}
