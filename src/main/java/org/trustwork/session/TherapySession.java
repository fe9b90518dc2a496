package org.trustwork.session;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.trustwork.account.UserAccount;
import org.trustwork.base.domain.AbstractEntity;
import org.trustwork.couple.Couple;

/** One therapy session of a couple: its agenda, its timer state and what is shared afterwards. */
@Entity
@Table(name = "therapy_session")
public class TherapySession extends AbstractEntity {

    public static final int SUMMARY_MAX = 8000;
    public static final int PLANNED_MINUTES_MIN = 5;
    public static final int PLANNED_MINUTES_MAX = 480;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", nullable = false)
    private UserAccount therapist;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 10)
    private SessionStatus status = SessionStatus.PLANNED;

    @Column(name = "scheduled_start", nullable = false)
    private Instant scheduledStart;

    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_millis", nullable = false)
    private long pausedMillis;

    @Column(name = "shared_summary", length = SUMMARY_MAX)
    private String sharedSummary;

    @Column(name = "summary_published_at")
    private Instant summaryPublishedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> items = new ArrayList<>();

    protected TherapySession() {
    }

    TherapySession(Couple couple, UserAccount therapist, Instant scheduledStart, int plannedMinutes) {
        this.couple = couple;
        this.therapist = therapist;
        this.scheduledStart = scheduledStart;
        this.plannedMinutes = plannedMinutes;
    }

    SessionClock clock() {
        return new SessionClock(startedAt, pausedMillis, pausedAt, endedAt);
    }

    private void apply(SessionClock clock) {
        startedAt = clock.startedAt();
        pausedMillis = clock.pausedMillis();
        pausedAt = clock.pausedAt();
        endedAt = clock.endedAt();
    }

    AgendaItem addItem(Long practiceId, String title, int timeBoxMinutes, AgendaItem carriedFrom) {
        requireNotEnded();
        var item = new AgendaItem(this, items.size(), practiceId, title, timeBoxMinutes, carriedFrom);
        items.add(item);
        return item;
    }

    void removeItem(AgendaItem item) {
        requireNotEnded();
        if (item.getStatus() != AgendaItemStatus.PENDING) {
            throw new SessionStateException("Only items that have not started yet can be removed.");
        }
        items.remove(item);
        renumber();
    }

    /** Puts an item at a new place in the agenda; items already worked on keep their places before it. */
    void moveItem(AgendaItem item, int newIndex) {
        requireNotEnded();
        int firstMovable = (int) items.stream().filter(i -> i.getStatus() != AgendaItemStatus.PENDING).count();
        if (item.getStatus() != AgendaItemStatus.PENDING) {
            throw new SessionStateException("Items already worked on stay where they are.");
        }
        items.remove(item);
        items.add(Math.max(firstMovable, Math.min(newIndex, items.size())), item);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i);
        }
    }

    /** Starts the clock and the first waiting item. */
    void start(Instant now) {
        if (status != SessionStatus.PLANNED) {
            throw new SessionStateException("This session has already started.");
        }
        status = SessionStatus.LIVE;
        apply(new SessionClock(now, 0, null, null));
        nextPending().ifPresent(item -> item.begin(now, 0));
    }

    void pause(Instant now) {
        if (status != SessionStatus.LIVE) {
            throw new SessionStateException("Only a running session can be paused.");
        }
        status = SessionStatus.PAUSED;
        apply(clock().pause(now));
    }

    void resume(Instant now) {
        if (status != SessionStatus.PAUSED) {
            throw new SessionStateException("Only a paused session can be resumed.");
        }
        status = SessionStatus.LIVE;
        apply(clock().resume(now));
    }

    /** Closes the current item (done or skipped) and starts the next waiting one, if any. */
    Optional<AgendaItem> advance(Instant now, AgendaItemStatus outcome) {
        if (!status.isRunningOrPaused()) {
            throw new SessionStateException("The session is not running.");
        }
        long elapsed = clock().elapsedMillis(now);
        currentItem().ifPresent(item -> item.finish(now, elapsed, outcome));
        Optional<AgendaItem> next = nextPending();
        next.ifPresent(item -> item.begin(now, elapsed));
        return next;
    }

    /** Ends the session: the current item is done, items not reached are carried over to the next session. */
    void end(Instant now) {
        if (status == SessionStatus.ENDED) {
            return;
        }
        if (status == SessionStatus.PLANNED) {
            throw new SessionStateException("A session that never started cannot be ended.");
        }
        long elapsed = clock().elapsedMillis(now);
        currentItem().ifPresent(item -> item.finish(now, elapsed, AgendaItemStatus.DONE));
        items.stream().filter(i -> i.getStatus() == AgendaItemStatus.PENDING).forEach(AgendaItem::carryOver);
        apply(clock().end(now));
        status = SessionStatus.ENDED;
    }

    void writeSharedSummary(String text) {
        sharedSummary = text;
    }

    void publishSummary(Instant now) {
        if (status != SessionStatus.ENDED) {
            throw new SessionStateException("Publish the summary after the session has ended.");
        }
        if (sharedSummary == null || sharedSummary.isBlank()) {
            throw new SessionStateException("Write the summary before publishing it.");
        }
        summaryPublishedAt = now;
    }

    Optional<AgendaItem> currentItem() {
        return items.stream().filter(i -> i.getStatus() == AgendaItemStatus.CURRENT).findFirst();
    }

    private Optional<AgendaItem> nextPending() {
        return items.stream().filter(i -> i.getStatus() == AgendaItemStatus.PENDING)
                .min(Comparator.comparingInt(AgendaItem::getPosition));
    }

    private void requireNotEnded() {
        if (status == SessionStatus.ENDED) {
            throw new SessionStateException("This session has ended; its agenda can no longer change.");
        }
    }

    public Couple getCouple() {
        return couple;
    }

    public UserAccount getTherapist() {
        return therapist;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getScheduledStart() {
        return scheduledStart;
    }

    public int getPlannedMinutes() {
        return plannedMinutes;
    }

    void changePlan(Instant scheduledStart, int plannedMinutes) {
        this.scheduledStart = scheduledStart;
        this.plannedMinutes = plannedMinutes;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getSharedSummary() {
        return sharedSummary;
    }

    public Instant getSummaryPublishedAt() {
        return summaryPublishedAt;
    }

    public List<AgendaItem> getItems() {
        return items;
    }
}
