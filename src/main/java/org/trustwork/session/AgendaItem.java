package org.trustwork.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.base.domain.AbstractEntity;

/** One step of a session's agenda: a practice from the catalogue or a free item such as a check-in. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int TIME_BOX_MIN = 1;
    public static final int TIME_BOX_MAX = 240;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private TherapySession session;

    @Column(name = "sort_order", nullable = false)
    private int position;

    /** The catalogue practice, by id only: the session feature reads practices through their service. */
    @Column(name = "practice_id")
    private Long practiceId;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "time_box_minutes", nullable = false)
    private int timeBoxMinutes;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 10)
    private AgendaItemStatus status = AgendaItemStatus.PENDING;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Session time (pauses excluded) at which this item started; its own elapsed time follows from it. */
    @Column(name = "start_offset_millis")
    private Long startOffsetMillis;

    @Column(name = "spent_millis", nullable = false)
    private long spentMillis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "carried_from_id")
    private AgendaItem carriedFrom;

    protected AgendaItem() {
    }

    AgendaItem(TherapySession session, int position, Long practiceId, String title, int timeBoxMinutes,
               AgendaItem carriedFrom) {
        this.session = session;
        this.position = position;
        this.practiceId = practiceId;
        this.title = title;
        this.timeBoxMinutes = timeBoxMinutes;
        this.carriedFrom = carriedFrom;
    }

    void begin(Instant now, long sessionElapsedMillis) {
        status = AgendaItemStatus.CURRENT;
        startedAt = now;
        startOffsetMillis = sessionElapsedMillis;
    }

    void finish(Instant now, long sessionElapsedMillis, AgendaItemStatus outcome) {
        status = outcome;
        endedAt = now;
        spentMillis = Math.max(0, sessionElapsedMillis - startOffsetMillis);
    }

    void carryOver() {
        status = AgendaItemStatus.CARRIED;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    void changeTimeBox(int minutes) {
        timeBoxMinutes = minutes;
    }

    /** How long this item has run, in session time, at the given session elapsed time. */
    long elapsedMillis(long sessionElapsedMillis) {
        return switch (status) {
            case CURRENT -> Math.max(0, sessionElapsedMillis - startOffsetMillis);
            case DONE, SKIPPED -> spentMillis;
            default -> 0;
        };
    }

    public TherapySession getSession() {
        return session;
    }

    public int getPosition() {
        return position;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public String getTitle() {
        return title;
    }

    public int getTimeBoxMinutes() {
        return timeBoxMinutes;
    }

    public AgendaItemStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public long getSpentMillis() {
        return spentMillis;
    }

    public AgendaItem getCarriedFrom() {
        return carriedFrom;
    }
}
