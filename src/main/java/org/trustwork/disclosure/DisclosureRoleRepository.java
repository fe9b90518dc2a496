package org.trustwork.disclosure;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRoleRepository extends JpaRepository<DisclosureRole, Long> {

    Optional<DisclosureRole> findByCoupleId(long coupleId);
}
