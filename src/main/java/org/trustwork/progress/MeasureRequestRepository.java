package org.trustwork.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeasureRequestRepository extends JpaRepository<MeasureRequest, Long> {

    @Query("""
            select r from MeasureRequest r where r.coupleId = :coupleId and r.cancelledAt is null
            order by r.requestedAt desc
            """)
    List<MeasureRequest> findOpenByCouple(@Param("coupleId") long coupleId);

    /** Every request ever made to a couple, cancelled ones too, oldest first: for the couple's data export. */
    @Query("select r from MeasureRequest r where r.coupleId = :coupleId order by r.requestedAt, r.id")
    List<MeasureRequest> findAllByCouple(@Param("coupleId") long coupleId);
}
