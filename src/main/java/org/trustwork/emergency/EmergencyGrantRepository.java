package org.trustwork.emergency;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmergencyGrantRepository extends JpaRepository<EmergencyGrant, Long> {

    @Query("""
            select count(g) > 0 from EmergencyGrant g
            where g.therapistId = :therapistId and g.coupleId = :coupleId and g.revokedAt is null
              and g.startsAt <= :now and g.expiresAt > :now
            """)
    boolean activeGrant(@Param("therapistId") long therapistId, @Param("coupleId") long coupleId,
                        @Param("now") Instant now);

    @Query("select g from EmergencyGrant g where g.expiresAt > :since order by g.startsAt desc")
    List<EmergencyGrant> endingAfter(@Param("since") Instant since);

    @Query("select g from EmergencyGrant g where g.ownerTherapistId = :owner and g.expiresAt > :since order by g.startsAt desc")
    List<EmergencyGrant> onCouplesOf(@Param("owner") long ownerTherapistId, @Param("since") Instant since);

    @Query("""
            select g from EmergencyGrant g where g.therapistId = :therapistId and g.revokedAt is null
              and g.expiresAt > :now order by g.expiresAt
            """)
    List<EmergencyGrant> activeFor(@Param("therapistId") long therapistId, @Param("now") Instant now);
}
