package org.trustwork.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** A new link makes the earlier ones of the same account useless. */
    @Modifying
    @Query("update Invitation i set i.usedAt = :now where i.accountId = :accountId and i.usedAt is null")
    int retireOpenLinks(@Param("accountId") long accountId, @Param("now") Instant now);
}
