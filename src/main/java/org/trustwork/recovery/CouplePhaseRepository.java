package org.trustwork.recovery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CouplePhaseRepository extends JpaRepository<CouplePhase, Long> {

    List<CouplePhase> findByCoupleIdOrderBySinceAsc(long coupleId);

    Optional<CouplePhase> findByCoupleIdAndSince(long coupleId, java.time.LocalDate since);

    @Query("""
            select p from CouplePhase p
            where p.coupleId in :coupleIds
              and p.coupleId in (select c.id from Couple c where c.therapist.id = :therapistId)
            order by p.since
            """)
    List<CouplePhase> findOfCaseload(@Param("coupleIds") Collection<Long> coupleIds,
                                     @Param("therapistId") long therapistId);
}
