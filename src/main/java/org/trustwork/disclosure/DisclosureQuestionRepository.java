package org.trustwork.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DisclosureQuestionRepository extends JpaRepository<DisclosureQuestion, Long> {

    List<DisclosureQuestion> findByCoupleIdAndAuthorAccountIdOrderByIdAsc(long coupleId, long authorAccountId);

    /** Everything the hurt partner has sent; drafts stay theirs alone. */
    @Query("select q from DisclosureQuestion q where q.coupleId = :coupleId and q.status <> 'DRAFT' order by q.id")
    List<DisclosureQuestion> findSentByCouple(@Param("coupleId") long coupleId);

    /** Released questions in the order they are taken up: by release day, then in the order they were sent. */
    @Query("select q from DisclosureQuestion q where q.coupleId = :coupleId and q.status = 'APPROVED'"
            + " and q.releaseOn is not null and q.releaseOn <= :today order by q.releaseOn, q.submittedAt, q.id")
    List<DisclosureQuestion> findReleased(@Param("coupleId") long coupleId, @Param("today") LocalDate today);

    @Query("select count(q) from DisclosureQuestion q where q.coupleId = :coupleId and q.status = 'APPROVED'"
            + " and q.releaseOn is not null and q.releaseOn <= :today and q.outcome is null and q.answer is null")
    long countReleasedUnanswered(@Param("coupleId") long coupleId, @Param("today") LocalDate today);

    long countByCoupleId(long coupleId);
}
