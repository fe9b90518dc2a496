package org.trustwork.twofactor;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorRepository extends JpaRepository<TwoFactor, Long> {

    Optional<TwoFactor> findByAccountId(long accountId);

    boolean existsByAccountIdAndConfirmedAtIsNotNull(long accountId);
}
