package org.trustwork.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaTemplateRepository extends JpaRepository<AgendaTemplate, Long> {

    List<AgendaTemplate> findByTherapistIdOrderByName(long therapistId);
}
