package org.trustwork.homework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HomeworkAssignmentRepository extends JpaRepository<HomeworkAssignment, Long> {

    @Query("""
            select distinct a from HomeworkAssignment a left join fetch a.occurrences
            where a.coupleId = :coupleId and a.cancelledAt is null
            order by a.startDate desc, a.id desc
            """)
    List<HomeworkAssignment> findActiveWithOccurrences(@Param("coupleId") long coupleId);

    /** Everything ever assigned to a couple, cancelled too, for the couple's data export. */
    @Query("""
            select distinct a from HomeworkAssignment a left join fetch a.occurrences
            where a.coupleId = :coupleId
            order by a.startDate, a.id
            """)
    List<HomeworkAssignment> findAllWithOccurrences(@Param("coupleId") long coupleId);
}
