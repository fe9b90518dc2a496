package org.trustwork.recovery;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryMarkerRepository extends JpaRepository<RecoveryMarker, Long> {

    List<RecoveryMarker> findByCoupleIdOrderByDayAscIdAsc(long coupleId);

    /** Markers of couples in one therapist's care: others yield nothing, whatever ids are asked for. */
    @Query("""
            select m from RecoveryMarker m
            where m.coupleId in :coupleIds
              and m.coupleId in (select c.id from Couple c where c.therapist.id = :therapistId)
            order by m.day, m.id
            """)
    List<RecoveryMarker> findOfCaseload(@Param("coupleIds") Collection<Long> coupleIds,
                                        @Param("therapistId") long therapistId);

    /** Discovery days for the anniversary reminder job, of every couple. */
    List<RecoveryMarker> findByKind(MarkerKind kind);
}
