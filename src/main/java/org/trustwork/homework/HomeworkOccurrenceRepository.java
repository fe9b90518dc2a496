package org.trustwork.homework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HomeworkOccurrenceRepository extends JpaRepository<HomeworkOccurrence, Long> {

    @Query("select o from HomeworkOccurrence o join fetch o.assignment where o.id = :id")
    Optional<HomeworkOccurrence> findWithAssignment(@Param("id") long id);

    /** Open occurrences due on or before the day, across all couples: the reminder job's work list. */
    @Query("""
            select o from HomeworkOccurrence o join fetch o.assignment a
            where o.completedAt is null and o.dueDate <= :day and o.dueDate >= :since and a.cancelledAt is null
            """)
    List<HomeworkOccurrence> findOpenDueBy(@Param("day") LocalDate day, @Param("since") LocalDate since);

    /** Occurrences of live assignments of couples in one therapist's care, due since a day: progress facts. */
    @Query("""
            select o from HomeworkOccurrence o join fetch o.assignment a
            where a.coupleId in :coupleIds and a.cancelledAt is null and o.dueDate >= :since
              and a.coupleId in (select c.id from Couple c where c.therapist.id = :therapistId)
            """)
    List<HomeworkOccurrence> findForProgress(@Param("coupleIds") Collection<Long> coupleIds,
                                             @Param("since") LocalDate since, @Param("therapistId") long therapistId);

    /**
     * The same for one couple, the dashboard's case: Hibernate translates a query with a list parameter anew on every
     * call (the SQL depends on the list's length), which the profile showed on every dashboard opening.
     */
    @Query("""
            select o from HomeworkOccurrence o join fetch o.assignment a
            where a.coupleId = :coupleId and a.cancelledAt is null and o.dueDate >= :since
              and a.coupleId in (select c.id from Couple c where c.therapist.id = :therapistId)
            """)
    List<HomeworkOccurrence> findForProgressOfCouple(@Param("coupleId") long coupleId,
                                                     @Param("since") LocalDate since,
                                                     @Param("therapistId") long therapistId);

    /** Occurrences of one couple's live assignments, for that couple's data export (checked by its caller). */
    @Query("""
            select o from HomeworkOccurrence o join fetch o.assignment a
            where a.coupleId = :coupleId and a.cancelledAt is null
            """)
    List<HomeworkOccurrence> findForExport(@Param("coupleId") long coupleId);
}
