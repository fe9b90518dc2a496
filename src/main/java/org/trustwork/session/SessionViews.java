package org.trustwork.session;

import java.time.Instant;
import java.util.List;

/** Read models the session feature hands to views: detached, immutable, nothing lazy. */
public final class SessionViews {

    private SessionViews() {
    }

    public record SessionSummary(long id, long coupleId, SessionStatus status, Instant scheduledStart,
                                 int plannedMinutes, Instant startedAt, Instant endedAt, boolean summaryPublished) {
    }

    public record AgendaEntry(long id, int position, Long practiceId, String title, int timeBoxMinutes,
                              AgendaItemStatus status, long spentMillis, boolean carriedOver) {

        public boolean movable() {
            return status == AgendaItemStatus.PENDING;
        }
    }

    /**
     * The clock as it stood at {@code capturedAt} on the server. A browser adds the time that has passed
     * since it received the snapshot while {@code running}; it never counts on its own.
     */
    public record TimerSnapshot(SessionStatus status, long sessionElapsedMillis, long plannedMillis,
                                Long currentItemId, long currentItemElapsedMillis, long currentItemTimeBoxMillis,
                                boolean running, Instant capturedAt) {
    }

    /**
     * {@code carriedInto}: the planned start of the couple's session that takes (or took) the items not reached;
     * null before the session starts, and when no later session is planned yet.
     */
    public record SessionDetails(long id, long coupleId, String coupleName, SessionStatus status,
                                 Instant scheduledStart, int plannedMinutes, List<AgendaEntry> agenda,
                                 TimerSnapshot timer, String sharedSummary, Instant summaryPublishedAt,
                                 Instant startedAt, Instant carriedInto) {

        public int agendaMinutes() {
            return agenda.stream().filter(e -> e.status() != AgendaItemStatus.CARRIED)
                    .mapToInt(AgendaEntry::timeBoxMinutes).sum();
        }

        public java.util.Optional<AgendaEntry> current() {
            return agenda.stream().filter(e -> e.status() == AgendaItemStatus.CURRENT).findFirst();
        }
    }

    public record NoteSnapshot(Long agendaItemId, int revision, String body, Instant savedAt) {
    }

    public sealed interface NoteSaveResult permits Saved, Conflict {
    }

    public record Saved(int revision, Instant savedAt) implements NoteSaveResult {
    }

    /** The notes changed elsewhere since this copy was loaded; the incoming text is kept as a flagged revision. */
    public record Conflict(int currentRevision, String currentBody, Instant currentSavedAt, Instant yoursKeptAt)
            implements NoteSaveResult {
    }

    /** The caller's own private notes on one agenda item. */
    public record ItemNote(long agendaItemId, String itemTitle, String body) {
    }

    public record RevisionInfo(int revision, Instant savedAt, boolean conflict, String body) {
    }

    public record PracticeHistory(long practiceId, long timesWorkedOn, Instant lastWorkedOn) {
    }

    public record PublishedSummary(long sessionId, Instant sessionDate, String text, Instant publishedAt) {
    }

    /**
     * A session as a couple's report lists it: when, how it went, and its shared summary once published
     * (null before that: an unpublished draft is not yet meant for the couple).
     */
    public record SessionRecord(long id, SessionStatus status, Instant scheduledStart, Instant startedAt,
                                Instant endedAt, String sharedSummary, Instant summaryPublishedAt) {
    }

    /** One of the signed-in therapist's own private notes, for a report they chose to include them in. */
    public record PrivateNote(long sessionId, String agendaItemTitle, String text) {
    }

    public record TemplateInfo(long id, String name, int steps, int totalMinutes) {
    }

    /** A couple's last ended session and next planned one (either may be null), for lists such as the caseload. */
    public record SessionDates(long coupleId, Instant lastEnded, Instant nextPlanned) {
    }

    /** When a partner's couple meets next; nothing else of the session. */
    public record NextSession(long sessionId, Instant start, Instant end) {
    }
}
