package org.trustwork.session;

import org.springframework.context.ApplicationEventPublisher;
import org.trustwork.base.domain.HasText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trustwork.account.AccountService;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.base.domain.Text;
import org.trustwork.couple.CoupleService;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;
import org.trustwork.session.SessionViews.AgendaEntry;
import org.trustwork.session.SessionViews.NextSession;
import org.trustwork.session.SessionViews.PracticeHistory;
import org.trustwork.session.SessionViews.PublishedSummary;
import org.trustwork.session.SessionViews.SessionDates;
import org.trustwork.session.SessionViews.SessionDetails;
import org.trustwork.session.SessionViews.SessionRecord;
import org.trustwork.session.SessionViews.SessionSummary;
import org.trustwork.session.SessionViews.TimerSnapshot;

/** Planning, running and closing a couple's session. Every method checks that the couple is in the caller's care. */
@Service
@Validated
public class SessionService {

    private final SessionRepository sessions;
    private final AgendaItemRepository items;
    private final TimerEventRepository timerEvents;
    private final SessionAccess access;
    private final CoupleService couples;
    private final AccountService accounts;
    private final PracticeService practices;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final org.trustwork.safety.SafetyService safety;

    SessionService(SessionRepository sessions, AgendaItemRepository items, TimerEventRepository timerEvents,
                   SessionAccess access, CoupleService couples, AccountService accounts, PracticeService practices,
                   ApplicationEventPublisher events, AuditLog audit, Clock clock,
                   org.trustwork.safety.SafetyService safety) {
        this.safety = safety;
        this.sessions = sessions;
        this.items = items;
        this.timerEvents = timerEvents;
        this.access = access;
        this.couples = couples;
        this.accounts = accounts;
        this.practices = practices;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }


    /** Plans a session; anything left unfinished in the couple's last session is put on its agenda first. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails plan(long coupleId, Instant scheduledStart,
                               @Min(TherapySession.PLANNED_MINUTES_MIN) @Max(TherapySession.PLANNED_MINUTES_MAX)
                               int plannedMinutes) {
        var session = new TherapySession(couples.coupleInMyCare(coupleId), accounts.myAccount(),
                scheduledStart, plannedMinutes);
        // A carried practice that a safety screen now holds back stays unclaimed: it comes along with the next
        // session planned once the follow-up is recorded.
        sessions.findLatestEnded(coupleId).ifPresent(previous -> items.findUnclaimedCarriedItems(previous.getId())
                .stream().filter(carried -> !heldBack(coupleId, carried.getPracticeId()))
                .forEach(carried -> session.addItem(carried.getPracticeId(), carried.getTitle(),
                        carried.getTimeBoxMinutes(), carried)));
        sessions.saveAndFlush(session);
        audited(session, "session planned for " + scheduledStart + ", " + plannedMinutes + " minutes");
        return details(session);
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails replan(long sessionId, Instant scheduledStart,
                                 @Min(TherapySession.PLANNED_MINUTES_MIN) @Max(TherapySession.PLANNED_MINUTES_MAX)
                                 int plannedMinutes) {
        TherapySession session = access.sessionForTherapist(sessionId);
        if (session.getStatus() == SessionStatus.ENDED) {
            throw new SessionStateException("This session has ended.");
        }
        session.changePlan(scheduledStart, plannedMinutes);
        return changed(session, "session moved to " + scheduledStart + ", " + plannedMinutes + " minutes");
    }

    /** The session screen being opened: recorded in the audit trail as a view of the session. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails openSession(long sessionId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        audit.record(AuditKind.VIEW, target(session), "session opened");
        return details(session);
    }

    /**
     * The session as it is now, for redrawing a screen already opened with {@link #openSession} after a change;
     * the opening was audited, and every change is audited where it is made.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails session(long sessionId) {
        return details(access.sessionForTherapist(sessionId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<SessionSummary> sessionsOf(long coupleId) {
        access.requireCoupleForTherapist(coupleId);
        return sessions.findByCouple(coupleId).stream()
                .map(s -> new SessionSummary(s.getId(), coupleId, s.getStatus(), s.getScheduledStart(),
                        s.getPlannedMinutes(), s.getStartedAt(), s.getEndedAt(), s.getSummaryPublishedAt() != null))
                .toList();
    }

    /** The couple's sessions with their published summaries, oldest first, for the therapist's reports. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<SessionRecord> sessionRecords(long coupleId) {
        access.requireCoupleForTherapist(coupleId);
        return records(coupleId);
    }

    /**
     * The same without the caseload check, for admins only, for a couple's data export (a {@code CoupleExportPart}), whose caller
     * has already decided that this couple may be exported. Never call it with a user's choice of couple.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<SessionRecord> sessionRecordsForExport(long coupleId) {
        return records(coupleId);
    }

    /** {@link #practiceHistory} for a couple's data export, for admins only; see {@link #sessionRecordsForExport}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public Map<Long, PracticeHistory> practiceHistoryForExport(long coupleId) {
        return history(coupleId);
    }

    private List<SessionRecord> records(long coupleId) {
        return sessions.findByCouple(coupleId).reversed().stream()
                .map(s -> new SessionRecord(s.getId(), s.getStatus(), s.getScheduledStart(), s.getStartedAt(),
                        s.getEndedAt(), s.getSummaryPublishedAt() == null ? null : s.getSharedSummary(),
                        s.getSummaryPublishedAt()))
                .toList();
    }

    /** Last and next session of couples in the signed-in therapist's care, in one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Map<Long, SessionDates> sessionDates(Collection<Long> coupleIds) {
        if (coupleIds.isEmpty()) {
            return Map.of();
        }
        return sessions.lastAndNext(coupleIds, access.me(), clock.instant()).stream()
                .map(row -> new SessionDates((Long) row[0], (Instant) row[1], (Instant) row[2]))
                .collect(Collectors.toMap(SessionDates::coupleId, d -> d));
    }

    /** Practices this couple has completed in sessions, for choosing what to work on next. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Map<Long, PracticeHistory> practiceHistory(long coupleId) {
        access.requireCoupleForTherapist(coupleId);
        return history(coupleId);
    }

    private Map<Long, PracticeHistory> history(long coupleId) {
        return items.practiceHistory(coupleId).stream()
                .map(row -> new PracticeHistory((Long) row[0], (Long) row[1], (Instant) row[2]))
                .collect(Collectors.toMap(PracticeHistory::practiceId, h -> h));
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails addPractice(long sessionId, long practiceId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        PracticeInfo practice = practices.byId(practiceId)
                .orElseThrow(() -> new SessionStateException("That practice is not in the catalogue."));
        refuseHeldBack(session, practice.id());
        session.addItem(practice.id(), practice.title(), defaultTimeBox(practice), null);
        return changed(session, "agenda: practice " + practice.id() + " added");
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails addFreeItem(long sessionId, @HasText @Size(max = AgendaItem.TITLE_MAX) String title,
                                      @Min(AgendaItem.TIME_BOX_MIN) @Max(AgendaItem.TIME_BOX_MAX) int minutes) {
        TherapySession session = access.sessionForTherapist(sessionId);
        session.addItem(null, title.strip(), minutes, null);
        return changed(session, "agenda: own item added");
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails moveItem(long sessionId, long itemId, int newPosition) {
        TherapySession session = access.sessionForTherapist(sessionId);
        session.moveItem(item(session, itemId), newPosition);
        return changed(session, "agenda: item " + itemId + " moved to position " + newPosition);
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails setTimeBox(long sessionId, long itemId,
                                     @Min(AgendaItem.TIME_BOX_MIN) @Max(AgendaItem.TIME_BOX_MAX) int minutes) {
        TherapySession session = access.sessionForTherapist(sessionId);
        item(session, itemId).changeTimeBox(minutes);
        return changed(session, "agenda: item " + itemId + " time box set to " + minutes + " minutes");
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails removeItem(long sessionId, long itemId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        session.removeItem(item(session, itemId));
        return changed(session, "agenda: item " + itemId + " removed");
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails start(long sessionId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        Instant now = clock.instant();
        session.start(now);
        record(session, TimerEventKind.START, null, now);
        session.currentItem().ifPresent(item -> record(session, TimerEventKind.ITEM_START, item.getId(), now));
        return changed(session, "session started");
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails pause(long sessionId) {
        return clockChange(sessionId, TimerEventKind.PAUSE, TherapySession::pause);
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails resume(long sessionId) {
        return clockChange(sessionId, TimerEventKind.RESUME, TherapySession::resume);
    }

    private SessionDetails clockChange(long sessionId, TimerEventKind kind,
                                       java.util.function.BiConsumer<TherapySession, Instant> change) {
        TherapySession session = access.sessionForTherapist(sessionId);
        Instant now = clock.instant();
        change.accept(session, now);
        record(session, kind, null, now);
        return changed(session, kind == TimerEventKind.PAUSE ? "session paused" : "session resumed");
    }

    /** Marks the current item done (or skipped) with its actual time, and moves to the next one. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails nextItem(long sessionId, boolean skipped) {
        TherapySession session = access.sessionForTherapist(sessionId);
        Instant now = clock.instant();
        session.currentItem().ifPresent(item -> record(session, TimerEventKind.ITEM_END, item.getId(), now));
        session.advance(now, skipped ? AgendaItemStatus.SKIPPED : AgendaItemStatus.DONE)
                .ifPresent(next -> record(session, TimerEventKind.ITEM_START, next.getId(), now));
        return changed(session, skipped ? "agenda: current item skipped" : "agenda: current item done");
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails end(long sessionId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        Instant now = clock.instant();
        session.currentItem().ifPresent(item -> record(session, TimerEventKind.ITEM_END, item.getId(), now));
        session.end(now);
        record(session, TimerEventKind.END, null, now);
        carryIntoNextPlanned(session, now);
        return changed(session, "session ended");
    }

    /**
     * Items not reached go on the agenda of the couple's next session if one is already planned; otherwise the
     * next session planned picks them up ({@link #plan}). Either way they are offered once.
     */
    private void carryIntoNextPlanned(TherapySession ended, Instant now) {
        long coupleId = ended.getCouple().getId();
        List<AgendaItem> carried = ended.getItems().stream()
                .filter(i -> i.getStatus() == AgendaItemStatus.CARRIED)
                .filter(i -> !heldBack(coupleId, i.getPracticeId())).toList();
        if (carried.isEmpty()) {
            return;
        }
        sessions.findNextPlanned(ended.getCouple().getId(), ended.getId(), now).ifPresent(next -> {
            carried.forEach(item -> next.addItem(item.getPracticeId(), item.getTitle(), item.getTimeBoxMinutes(), item));
            changed(next, "agenda: " + carried.size() + " unfinished item(s) carried over from session " + ended.getId());
        });
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails saveSharedSummary(long sessionId, @Size(max = TherapySession.SUMMARY_MAX) String text) {
        TherapySession session = access.sessionForTherapist(sessionId);
        session.writeSharedSummary(Text.blankToNull(text));
        return changed(session, "shared summary saved (not yet published)");
    }

    /** From now on both partners can read the shared summary; private notes never go with it. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails publishSummary(long sessionId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        session.publishSummary(clock.instant());
        events.publishEvent(new SessionEvent.SummaryPublished(session.getId(), session.getCouple().getId()));
        return changed(session, "shared summary published to both partners");
    }


    /** The shared summaries of the signed-in partner's own couple, newest first. Nothing else of a session. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public List<PublishedSummary> publishedSummariesForMyCouple() {
        long coupleId = couples.myCouple().id();
        audit.record(AuditKind.VIEW, AuditTarget.couple(coupleId), "published session summaries read");
        return sessions.findPublished(coupleId).stream()
                .map(s -> new PublishedSummary(s.getId(), s.getStartedAt() != null ? s.getStartedAt()
                        : s.getScheduledStart(), s.getSharedSummary(), s.getSummaryPublishedAt()))
                .toList();
    }

    /**
     * The signed-in partner's couple's next session: the soonest one not ended whose planned end has not passed.
     * Only its time; what is planned for it stays the therapist's.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public Optional<NextSession> nextSessionForMyCouple() {
        Instant now = clock.instant();
        return sessions.findComing(couples.myCouple().id(), now.minus(Duration.ofMinutes(TherapySession.PLANNED_MINUTES_MAX)))
                .stream().map(SessionService::next).filter(next -> next.end().isAfter(now)).findFirst();
    }

    /**
     * One session of the signed-in partner's own couple as an iCalendar file, for their calendar app: its time and a
     * neutral title, nothing clinical. Another couple's session is refused.
     */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public String calendarFileForMyCouple(long sessionId) {
        long coupleId = couples.myCouple().id();
        TherapySession session = sessions.findById(sessionId).filter(s -> s.getCouple().getId() == coupleId)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                        "This session is not your couple's"));
        audit.record(AuditKind.VIEW, target(session), "session time downloaded as a calendar file");
        NextSession next = next(session);
        return SessionCalendar.event(next.sessionId(), next.start(), next.end(), clock.instant());
    }

    private static NextSession next(TherapySession s) {
        return new NextSession(s.getId(), s.getScheduledStart(),
                s.getScheduledStart().plus(Duration.ofMinutes(s.getPlannedMinutes())));
    }

    private AgendaItem item(TherapySession session, long itemId) {
        return session.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new SessionStateException("That agenda item is not part of this session."));
    }

    private boolean heldBack(long coupleId, Long practiceId) {
        return practiceId != null && safety.heldBackReason(coupleId, practiceId).isPresent();
    }

    /** A practice held back by a partner's safety screen awaiting follow-up stays off the agenda, with the reason. */
    void refuseHeldBack(TherapySession session, Long practiceId) {
        if (practiceId != null) {
            safety.heldBackReason(session.getCouple().getId(), practiceId).ifPresent(reason -> {
                throw new SessionStateException(reason);
            });
        }
    }

    private static int defaultTimeBox(PracticeInfo practice) {
        return Math.min(20, Math.max(5, practice.homework().minutes()));
    }

    private void record(TherapySession session, TimerEventKind kind, Long itemId, Instant now) {
        timerEvents.save(new TimerEvent(session.getId(), kind, itemId, now));
    }

    /** Saves a change, audits it in the same transaction (what was done, never what was written) and tells open screens. */
    SessionDetails changed(TherapySession session, String what) {
        sessions.saveAndFlush(session);
        audited(session, what);
        events.publishEvent(new SessionEvent.SessionChanged(session.getId(), session.getCouple().getId()));
        return details(session);
    }

    private void audited(TherapySession session, String what) {
        audit.record(AuditKind.CHANGE, target(session), what);
    }

    private static AuditTarget target(TherapySession session) {
        return AuditTarget.of("session", session.getId(), session.getCouple().getId());
    }

    SessionDetails details(TherapySession session) {
        Instant now = clock.instant();
        SessionClock sessionClock = session.clock();
        long elapsed = sessionClock.elapsedMillis(now);
        List<AgendaEntry> agenda = session.getItems().stream()
                .map(i -> new AgendaEntry(i.getId(), i.getPosition(), i.getPracticeId(), i.getTitle(),
                        i.getTimeBoxMinutes(), i.getStatus(), i.elapsedMillis(elapsed), i.getCarriedFrom() != null))
                .toList();
        var current = session.currentItem();
        var timer = new TimerSnapshot(session.getStatus(), elapsed, session.getPlannedMinutes() * 60_000L,
                current.map(AgendaItem::getId).orElse(null),
                current.map(i -> i.elapsedMillis(elapsed)).orElse(0L),
                current.map(i -> i.getTimeBoxMinutes() * 60_000L).orElse(0L),
                sessionClock.running(), now);
        return new SessionDetails(session.getId(), session.getCouple().getId(), session.getCouple().getDisplayName(),
                session.getStatus(), session.getScheduledStart(), session.getPlannedMinutes(), agenda, timer,
                session.getSharedSummary(), session.getSummaryPublishedAt(), session.getStartedAt(),
                carriedInto(session, now));
    }

    /** Where this session's unfinished items go (or went): the planned start of that session; null if none yet. */
    private Instant carriedInto(TherapySession session, Instant now) {
        return switch (session.getStatus()) {
            case PLANNED -> null;
            case ENDED -> session.getItems().stream().anyMatch(i -> i.getStatus() == AgendaItemStatus.CARRIED)
                    ? sessions.findCarriedIntoStart(session.getId()).orElse(null) : null;
            default -> sessions.findNextPlanned(session.getCouple().getId(), session.getId(), now)
                    .map(TherapySession::getScheduledStart).orElse(null);
        };
    }
}
