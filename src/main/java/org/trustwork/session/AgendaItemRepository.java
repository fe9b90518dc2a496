package org.trustwork.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    /** Items carried out of a session and not yet picked up by a later one. */
    @Query("""
            select i from AgendaItem i
            where i.session.id = :sessionId and i.status = 'CARRIED'
              and not exists (select 1 from AgendaItem later where later.carriedFrom = i)
            order by i.position
            """)
    List<AgendaItem> findUnclaimedCarriedItems(@Param("sessionId") long sessionId);

    /** Which practices a couple has worked on in sessions: practice id, how often, last time. */
    @Query("""
            select i.practiceId, count(i), max(i.endedAt) from AgendaItem i
            where i.session.couple.id = :coupleId and i.practiceId is not null and i.status = 'DONE'
            group by i.practiceId
            """)
    List<Object[]> practiceHistory(@Param("coupleId") long coupleId);

    @Query("select count(i) > 0 from AgendaItem i where i.id = :itemId and i.session.id = :sessionId")
    boolean isItemOf(@Param("itemId") long itemId, @Param("sessionId") long sessionId);
}
