package org.trustwork.account;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    @Query("select count(r) from PasswordResetRequest r where r.emailHash = :emailHash and r.requestedAt > :since")
    long countForEmail(@Param("emailHash") String emailHash, @Param("since") Instant since);

    @Query("select count(r) from PasswordResetRequest r where r.address = :address and r.requestedAt > :since")
    long countFromAddress(@Param("address") String address, @Param("since") Instant since);

    /** Requests older than the throttling window count for nothing any more. */
    @Modifying
    @Query("delete from PasswordResetRequest r where r.requestedAt <= :before")
    int forgetBefore(@Param("before") Instant before);
}
