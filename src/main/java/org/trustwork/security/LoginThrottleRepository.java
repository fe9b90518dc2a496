package org.trustwork.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.key = :key")
    Optional<LoginThrottle> findForUpdate(@Param("key") String key);

    @Modifying
    @Query("delete from LoginThrottle t where t.accountId = :accountId or t.key = :key")
    int deleteForAccount(@Param("accountId") long accountId, @Param("key") String key);
}
