package org.trustwork.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeasureResponseRepository extends JpaRepository<MeasureResponse, Long> {

    /** Every response of a couple with its answers, oldest first: one statement. */
    @Query("""
            select distinct r from MeasureResponse r left join fetch r.answers
            where r.coupleId = :coupleId order by r.answeredAt, r.id
            """)
    List<MeasureResponse> findByCoupleWithAnswers(@Param("coupleId") long coupleId);

    /** The responses of several couples to one measure since a day, with answers: for the caseload. */
    @Query("""
            select distinct r from MeasureResponse r left join fetch r.answers
            where r.coupleId in :coupleIds and r.measureId = :measureId and r.answeredOn >= :since
            order by r.answeredAt, r.id
            """)
    List<MeasureResponse> findRecent(@Param("coupleIds") Collection<Long> coupleIds,
                                     @Param("measureId") long measureId, @Param("since") LocalDate since);

    /** The latest check-in of each partner of these couples, whenever it was: for "no check-in for 14 days". */
    @Query("""
            select r.coupleId, r.partnerAccountId, max(r.answeredOn) from MeasureResponse r
            where r.coupleId in :coupleIds and r.measureId = :measureId
            group by r.coupleId, r.partnerAccountId
            """)
    List<Object[]> lastAnswered(@Param("coupleIds") Collection<Long> coupleIds, @Param("measureId") long measureId);

    Optional<MeasureResponse> findFirstByPartnerAccountIdAndMeasureIdAndAnsweredOnAndRequestIdIsNull(
            long partnerAccountId, long measureId, LocalDate answeredOn);

    @Query("select r.requestId from MeasureResponse r where r.partnerAccountId = :partner and r.requestId in :requestIds")
    List<Long> answeredRequests(@Param("partner") long partner, @Param("requestIds") Collection<Long> requestIds);
}
