package org.trustwork.homework;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HomeworkLandingRepository extends JpaRepository<HomeworkLanding, Long> {

    Optional<HomeworkLanding> findByOccurrenceIdAndAuthorId(long occurrenceId, long authorId);

    List<HomeworkLanding> findByOccurrenceIdIn(Collection<Long> occurrenceIds);

    /**
     * Couple id, completion time and answer of every answer about an occurrence completed since a moment, of couples
     * in one therapist's care: one statement for a whole caseload, no words.
     */
    @Query("""
            select a.coupleId, o.completedAt, l.landed
            from HomeworkLanding l, HomeworkOccurrence o join o.assignment a
            where l.occurrenceId = o.id and a.coupleId in :coupleIds and a.cancelledAt is null
              and o.completedAt >= :since
              and a.coupleId in (select c.id from Couple c where c.therapist.id = :therapistId)
            """)
    List<Object[]> findFactsOfCaseload(@Param("coupleIds") Collection<Long> coupleIds,
                                       @Param("since") java.time.Instant since, @Param("therapistId") long therapistId);
}
