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

    /*
     * Sessions are ordered by when they happened, or are planned to: a session planned for next week and started
     * early today belongs today, before sessions planned in between.
     */

    /** Every session of a couple with its agenda, oldest first: for the couple's data export. */
    @Query("""
            select s from TherapySession s left join fetch s.items
            where s.couple.id = :coupleId order by coalesce(s.startedAt, s.scheduledStart), s.id
            """)
    List<TherapySession> findByCoupleWithAgenda(@Param("coupleId") long coupleId);

    /** A couple's sessions, the latest (held or planned) first. */
    @Query("""
            select s from TherapySession s where s.couple.id = :coupleId
            order by coalesce(s.startedAt, s.scheduledStart) desc, s.id desc
            """)
    List<TherapySession> findByCouple(@Param("coupleId") long coupleId);

    @Query("""
            select s from TherapySession s where s.couple.id = :coupleId and s.status = 'ENDED'
            order by s.endedAt desc limit 1
            """)
    Optional<TherapySession> findLatestEnded(@Param("coupleId") long coupleId);

    @Query("""
            select s from TherapySession s where s.couple.id = :coupleId and s.summaryPublishedAt is not null
            order by coalesce(s.startedAt, s.scheduledStart) desc, s.id desc
            """)
    List<TherapySession> findPublished(@Param("coupleId") long coupleId);

    /**
     * Per couple of one therapist: when the last ended session was held (not when it had been planned for) and
     * the next session still to be held from a moment on.
     */
    @Query("""
            select s.couple.id,
                   max(case when s.status = 'ENDED' then coalesce(s.startedAt, s.scheduledStart) end),
                   min(case when s.status = 'PLANNED' and s.scheduledStart >= :from then s.scheduledStart end)
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

    /** The couple's next session still to be held, other than the given one: where unfinished items go. */
    @Query("""
            select s from TherapySession s
            where s.couple.id = :coupleId and s.status = 'PLANNED' and s.id <> :exceptId and s.scheduledStart >= :from
            order by s.scheduledStart, s.id limit 1
            """)
    Optional<TherapySession> findNextPlanned(@Param("coupleId") long coupleId, @Param("exceptId") long exceptId,
                                             @Param("from") Instant from);

    /** When the session that took over a session's unfinished items is planned for, if one did. */
    @Query("""
            select min(later.session.scheduledStart) from AgendaItem later
            where later.carriedFrom.session.id = :sessionId
            """)
    Optional<Instant> findCarriedIntoStart(@Param("sessionId") long sessionId);
}
