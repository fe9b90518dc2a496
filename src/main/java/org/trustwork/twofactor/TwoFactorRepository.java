package org.trustwork.twofactor;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TwoFactorRepository extends JpaRepository<TwoFactor, Long> {

    Optional<TwoFactor> findByAccountId(long accountId);

    boolean existsByAccountIdAndConfirmedAtIsNotNull(long accountId);

    /** Marks a step's code as used; 0 when that step or a later one was used already (by anyone, anywhere). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update TwoFactor t set t.lastUsedStep = :step where t.accountId = :accountId"
            + " and (t.lastUsedStep is null or t.lastUsedStep < :step)")
    int useStep(@Param("accountId") long accountId, @Param("step") long step);
}
