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
            where :text is null
               or lower(a.displayName) like concat('%', :text, '%')
               or a.email like concat('%', :text, '%')
            """)
    Page<UserAccount> search(@Param("text") String text, Pageable pageable);

    @Query("""
            select count(a) from UserAccount a
            where :text is null
               or lower(a.displayName) like concat('%', :text, '%')
               or a.email like concat('%', :text, '%')
            """)
    long countMatching(@Param("text") String text);
}
