package org.trustwork.twofactor;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RecoveryCode c where c.accountId = :accountId and c.codeHash = :hash and c.usedAt is null")
    Optional<RecoveryCode> findUnused(@Param("accountId") long accountId, @Param("hash") String hash);

    @Query("select count(c) from RecoveryCode c where c.accountId = :accountId and c.usedAt is null")
    int countUnused(@Param("accountId") long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = :accountId")
    void deleteByAccount(@Param("accountId") long accountId);
}
