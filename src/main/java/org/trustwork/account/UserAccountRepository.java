package org.trustwork.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findByRoleOrderByDisplayName(Role role);

    // Role and state are filtered through flags rather than null parameters: PostgreSQL cannot type a bare null.
    @Query("""
            select a from UserAccount a
            where (lower(a.displayName) like concat('%', :text, '%') escape '\\'
                   or a.email like concat('%', :text, '%') escape '\\')
              and (:anyRole = true or a.role = :role)
              and (:anyState = true or a.enabled = :enabled)
            """)
    Page<UserAccount> search(@Param("text") String text, @Param("anyRole") boolean anyRole, @Param("role") Role role,
                             @Param("anyState") boolean anyState, @Param("enabled") boolean enabled,
                             Pageable pageable);

    @Query("""
            select count(a) from UserAccount a
            where (lower(a.displayName) like concat('%', :text, '%') escape '\\'
                   or a.email like concat('%', :text, '%') escape '\\')
              and (:anyRole = true or a.role = :role)
              and (:anyState = true or a.enabled = :enabled)
            """)
    long countMatching(@Param("text") String text, @Param("anyRole") boolean anyRole, @Param("role") Role role,
                       @Param("anyState") boolean anyState, @Param("enabled") boolean enabled);

    long countByRoleAndEnabledTrue(Role role);
}
