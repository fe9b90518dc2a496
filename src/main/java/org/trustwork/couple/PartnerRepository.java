package org.trustwork.couple;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    @Query("select p from Partner p join fetch p.account where p.couple.id in :coupleIds order by p.id")
    List<Partner> findWithAccountByCoupleIds(@Param("coupleIds") Collection<Long> coupleIds);

    @Query("select p from Partner p join fetch p.account where p.couple.id = :coupleId order by p.id")
    List<Partner> findWithAccountByCoupleId(@Param("coupleId") long coupleId);

    @Query("select p from Partner p join fetch p.account join fetch p.couple where p.remindersEnabled = true")
    List<Partner> findReminderRecipients();

    @Query("select p from Partner p join fetch p.couple where p.account.id = :accountId")
    Optional<Partner> findByAccountId(@Param("accountId") long accountId);
}
