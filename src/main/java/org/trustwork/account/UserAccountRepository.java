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

    @Query("""
            select a from UserAccount a
            where lower(a.displayName) like concat('%', :text, '%') escape '\\'
               or a.email like concat('%', :text, '%') escape '\\'
            """)
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);

    @Query("""
            select count(a) from UserAccount a
            where lower(a.displayName) like concat('%', :text, '%') escape '\\'
               or a.email like concat('%', :text, '%') escape '\\'
            """)
    long countMatching(@Param("text") String text);
}
