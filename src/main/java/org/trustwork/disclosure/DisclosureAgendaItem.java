package org.trustwork.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.trustwork.base.domain.AbstractEntity;

/** Marks one agenda item of a session as the couple's disclosure session. */
@Entity
@Table(name = "disclosure_agenda_item")
class DisclosureAgendaItem extends AbstractEntity {

    @Column(name = "couple_id", nullable = false, updatable = false)
    private long coupleId;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "agenda_item_id", nullable = false, updatable = false)
    private long agendaItemId;

    protected DisclosureAgendaItem() {
    }

    DisclosureAgendaItem(long coupleId, long sessionId, long agendaItemId) {
        this.coupleId = coupleId;
        this.sessionId = sessionId;
        this.agendaItemId = agendaItemId;
    }

    long coupleId() {
        return coupleId;
    }
}
