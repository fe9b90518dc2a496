package org.trustwork.disclosure;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureAgendaItemRepository extends JpaRepository<DisclosureAgendaItem, Long> {

    Optional<DisclosureAgendaItem> findByAgendaItemId(long agendaItemId);
}
