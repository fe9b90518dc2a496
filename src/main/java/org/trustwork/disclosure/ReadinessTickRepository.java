package org.trustwork.disclosure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReadinessTickRepository extends JpaRepository<ReadinessTick, Long> {

    List<ReadinessTick> findByCoupleId(long coupleId);

    Optional<ReadinessTick> findByCoupleIdAndItem(long coupleId, ReadinessItem item);
}
