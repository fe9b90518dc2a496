package org.trustwork.safety;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SafetyScreenRepository extends JpaRepository<SafetyScreen, Long> {

    /** Every request of these couples, oldest first (answers are not loaded). */
    @Query("select s from SafetyScreen s where s.coupleId in :coupleIds order by s.requestedAt, s.id")
    List<SafetyScreen> findByCoupleIds(Collection<Long> coupleIds);

    @Query("select s from SafetyScreen s where s.partnerAccountId = :accountId order by s.requestedAt, s.id")
    List<SafetyScreen> findByPartner(long accountId);

    @Query("select distinct s from SafetyScreen s left join fetch s.answers where s.coupleId = :coupleId"
            + " and s.partnerAccountId = :accountId and s.answeredAt is not null order by s.answeredAt desc, s.id desc")
    List<SafetyScreen> findAnsweredWithAnswers(long coupleId, long accountId);
}
