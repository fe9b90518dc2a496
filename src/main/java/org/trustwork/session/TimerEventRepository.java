package org.trustwork.session;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimerEventRepository extends JpaRepository<TimerEvent, Long> {

    List<TimerEvent> findBySessionIdOrderByOccurredAtAscIdAsc(long sessionId);

    List<TimerEvent> findBySessionIdInOrderByOccurredAtAscIdAsc(Collection<Long> sessionIds);
}
