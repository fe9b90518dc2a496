package org.trustwork.safety;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SafetyFollowUpRepository extends JpaRepository<SafetyFollowUp, Long> {

    List<SafetyFollowUp> findByScreenIdIn(Collection<Long> screenIds);
}
