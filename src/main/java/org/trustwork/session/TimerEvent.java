package org.trustwork.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An append-only record of what happened to a session's clock and when. Rows are never changed, so
 * there is no version column; the session row holds the derived state the timer is computed from.
 */
@Entity
@Immutable
@Table(name = "timer_event")
class TimerEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private TimerEventKind kind;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected TimerEvent() {
    }

    TimerEvent(long sessionId, TimerEventKind kind, Long agendaItemId, Instant occurredAt) {
        this.sessionId = sessionId;
        this.kind = kind;
        this.agendaItemId = agendaItemId;
        this.occurredAt = occurredAt;
    }

    long sessionId() {
        return sessionId;
    }

    TimerEventKind kind() {
        return kind;
    }

    Long agendaItemId() {
        return agendaItemId;
    }

    Instant occurredAt() {
        return occurredAt;
    }
}
