package org.trustwork.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionRepository extends JpaRepository<TherapySession, Long> {

    @Query("select distinct s from TherapySession s left join fetch s.items join fetch s.couple where s.id = :id")
    Optional<TherapySession> findWithAgenda(@Param("id") long id);

    @Query("select s.couple.id from TherapySession s where s.id = :id")
    Optional<Long> findCoupleId(@Param("id") long id);

    /** Every session of a couple with its agenda, oldest first: for the couple's data export. */
    @Query("""
            select distinct s from TherapySession s left join fetch s.items
            where s.couple.id = :coupleId order by s.scheduledStart, s.id
            """)
    List<TherapySession> findByCoupleWithAgenda(@Param("coupleId") long coupleId);

    @Query("select s from TherapySession s where s.couple.id = :coupleId order by s.scheduledStart desc")
    List<TherapySession> findByCouple(@Param("coupleId") long coupleId);

    @Query("""
            select s from TherapySession s where s.couple.id = :coupleId and s.status = 'ENDED'
            order by s.endedAt desc limit 1
            """)
    Optional<TherapySession> findLatestEnded(@Param("coupleId") long coupleId);

    @Query("""
            select s from TherapySession s where s.couple.id = :coupleId and s.summaryPublishedAt is not null
            order by s.scheduledStart desc
            """)
    List<TherapySession> findPublished(@Param("coupleId") long coupleId);

    /** Per couple of one therapist: the last ended session and the next planned one from a moment on. */
    @Query("""
            select s.couple.id,
                   max(case when s.status = 'ENDED' then s.scheduledStart end),
                   min(case when s.status <> 'ENDED' and s.scheduledStart >= :from then s.scheduledStart end)
            from TherapySession s
            where s.couple.id in :coupleIds and s.couple.therapist.id = :therapistId
            group by s.couple.id
            """)
    List<Object[]> lastAndNext(@Param("coupleIds") Collection<Long> coupleIds, @Param("therapistId") long therapistId,
                               @Param("from") Instant from);

    /** A couple's sessions not ended that start from a moment on, soonest first: the partner's "next session". */
    @Query("""
            select s from TherapySession s where s.couple.id = :coupleId and s.status <> 'ENDED'
              and s.scheduledStart >= :from
            order by s.scheduledStart
            """)
    List<TherapySession> findComing(@Param("coupleId") long coupleId, @Param("from") Instant from);
}
