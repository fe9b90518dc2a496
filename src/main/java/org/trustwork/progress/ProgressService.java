package org.trustwork.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.time.Clock;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleStatus;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.couple.PartnerInfo;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkFact;
import org.trustwork.homework.HomeworkService;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;
import org.trustwork.recovery.RecoveryService;
import org.trustwork.recovery.Timeline;
import org.trustwork.homework.TwoSidedLog;
import org.trustwork.progress.ProgressViews.Answered;
import org.trustwork.progress.ProgressViews.CaseloadRow;
import org.trustwork.progress.ProgressViews.Coverage;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.progress.ProgressViews.LatestScore;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.Point;
import org.trustwork.progress.ProgressViews.QuestionnaireSeries;
import org.trustwork.progress.ProgressViews.Series;
import org.trustwork.progress.ProgressViews.SessionMark;
import org.trustwork.progress.ProgressViews.WeekAdherence;
import org.trustwork.security.CurrentUser;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionViews.PracticeHistory;
import org.trustwork.session.SessionViews.SessionDates;
import org.trustwork.session.SessionViews.SessionSummary;

/**
 * A couple's progress for their therapist: the dashboard (charts, practice coverage, signals) and the
 * caseload overview. Each loads a fixed number of statements however long the history is.
 */
@Service
public class ProgressService {

    /** Homework is read from this day on: older than any couple's record. */
    private static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private final MeasureCatalogue catalogue;
    private final MeasureResponseRepository responses;
    private final CheckInService checkIns;
    private final CoupleService couples;
    private final SessionService sessions;
    private final HomeworkService homework;
    private final RecoveryService recovery;
    private final PracticeService practices;
    private final ClinicCalendar calendar;
    private final AuditLog audit;
    private final DashboardAssembler assembler;
    private final SessionNotesService notes;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(MeasureCatalogue catalogue, MeasureResponseRepository responses, CheckInService checkIns,
                    CoupleService couples, SessionService sessions, HomeworkService homework, RecoveryService recovery,
                    PracticeService practices,
                    ClinicCalendar calendar, AuditLog audit, DashboardAssembler assembler, SessionNotesService notes,
                    CurrentUser currentUser, Clock clock) {
        this.assembler = assembler;
        this.notes = notes;
        this.currentUser = currentUser;
        this.clock = clock;
        this.catalogue = catalogue;
        this.responses = responses;
        this.checkIns = checkIns;
        this.couples = couples;
        this.sessions = sessions;
        this.homework = homework;
        this.recovery = recovery;
        this.practices = practices;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** The dashboard of one of the signed-in therapist's couples; opening it is recorded in the audit trail. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public Dashboard dashboard(long coupleId) {
        Dashboard dashboard = load(coupleId);
        audit.record(AuditKind.VIEW, AuditTarget.couple(coupleId), "progress dashboard");
        return dashboard;
    }

    /** The same data without an audit entry, for reports (which audit their own export). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Dashboard load(long coupleId) {
        ProgressSources sources = sources(coupleId, true);
        return assembler.dashboard(sources, checkIns.openRequests(coupleId, sources.responses()));
    }

    /**
     * {@code withPrivate}: the therapist's own view, with markers private to one partner and the signals built on
     * how practices landed; without, what a copy to go through with the couple may hold.
     */
    private ProgressSources sources(long coupleId, boolean withPrivate) {
        CoupleDetails couple = couples.couple(coupleId);
        Timeline timeline = recovery.timelineForProgress(couple);
        List<TwoSidedLog.Fact> landings = withPrivate
                ? homework.landingFacts(List.of(coupleId), calendar.today().minusDays(TwoSidedLog.WINDOW_DAYS))
                : List.of();
        return new ProgressSources(couple, responses.findByCoupleWithAnswers(coupleId),
                sessions.sessionRecords(coupleId), sessions.practiceHistory(coupleId),
                homework.progressFacts(List.of(coupleId), BEGINNING), practices.search(PracticeFilter.ALL),
                withPrivate ? timeline : timeline.sharedOnly(), landings);
    }

    /**
     * The couple's progress report as PDF, for the clinical record or to go through with the couple. Only
     * their own therapist may make it (not a colleague covering in an emergency). Private session notes go in
     * only when {@code includeMyPrivateNotes}, and then only the caller's own. Recorded as an export.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public ProgressReport reportPdf(long coupleId, boolean includeMyPrivateNotes) {
        ProgressSources sources = sourcesForOwnTherapist(coupleId, includeMyPrivateNotes);
        var data = new ReportData(assembler.dashboard(sources, List.of()), sources.sessions(),
                includeMyPrivateNotes ? notes.myNotesForCouple(coupleId) : null, clock.instant(), calendar.zone());
        byte[] pdf = ProgressReportPdf.build(data);
        audit.record(AuditKind.EXPORT, AuditTarget.couple(coupleId), "progress report PDF, "
                + (includeMyPrivateNotes ? "with the therapist's private session notes" : "without private session notes"));
        return new ProgressReport(ProgressReport.fileName(sources.couple().displayName(), calendar.today(), "pdf"),
                "application/pdf", pdf);
    }

    /** The couple's check-in, questionnaire and homework figures as CSV, one row per value. Recorded as an export. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public ProgressReport reportCsv(long coupleId) {
        ProgressSources sources = sourcesForOwnTherapist(coupleId, false);
        byte[] csv = ProgressCsv.build(assembler.dashboard(sources, List.of()));
        audit.record(AuditKind.EXPORT, AuditTarget.couple(coupleId), "progress data CSV");
        return new ProgressReport(ProgressReport.fileName(sources.couple().displayName(), calendar.today(), "csv"),
                ProgressCsv.CONTENT_TYPE, csv);
    }

    private ProgressSources sourcesForOwnTherapist(long coupleId, boolean withPrivate) {
        ProgressSources sources = sources(coupleId, withPrivate);
        if (sources.couple().therapistAccountId() != currentUser.accountId()) {
            throw new AccessDeniedException("Only the couple's own therapist can make their progress report");
        }
        return sources;
    }

    /**
     * Every couple of the signed-in therapist (optionally filtered by name) with last and next session,
     * two-week homework adherence, latest check-in scores with their change, and active signals.
     * Five statements for the whole list, however many couples.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<CaseloadRow> caseload(String search) {
        List<CoupleSummary> mine = couples.caseload(search, Pageable.unpaged());
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Long> ids = mine.stream().map(CoupleSummary::id).toList();
        LocalDate today = calendar.today();
        Map<Long, SessionDates> dates = sessions.sessionDates(ids);
        Map<Long, List<HomeworkFact>> factsByCouple = homework.progressFacts(ids, today.minusWeeks(3)).stream()
                .collect(Collectors.groupingBy(HomeworkFact::coupleId));
        long checkInId = catalogue.idOf(MeasureCatalogue.CHECK_IN);
        Map<Long, List<MeasureResponse>> recent = responses.findRecent(ids, checkInId, today.minusDays(120)).stream()
                .collect(Collectors.groupingBy(MeasureResponse::getCoupleId));
        Map<Long, Map<Long, LocalDate>> lastCheckIn = new HashMap<>();
        for (Object[] row : responses.lastAnswered(ids, checkInId)) {
            lastCheckIn.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((Long) row[1], (LocalDate) row[2]);
        }
        MeasureDefinition checkIn = catalogue.checkIn();
        Map<Long, Timeline> timelines = recovery.timelines(ids);
        Map<Long, List<TwoSidedLog.Fact>> landings = homework.landingFacts(ids,
                today.minusDays(TwoSidedLog.WINDOW_DAYS)).stream().collect(Collectors.groupingBy(TwoSidedLog.Fact::coupleId));
        List<CaseloadRow> rows = new ArrayList<>();
        for (CoupleSummary c : mine) {
            List<PartnerName> partners = c.partners().stream()
                    .map(p -> new PartnerName(p.accountId(), p.displayName())).toList();
            List<Series> series = assembler.series(partners, recent.getOrDefault(c.id(), List.of()));
            // A partner whose last check-in is older than the window still counts as having checked in then.
            List<Series> forSignals = series.stream().map(s -> s.points().isEmpty()
                    && lastCheckIn.getOrDefault(c.id(), Map.of()).containsKey(s.partnerAccountId())
                    ? new Series(s.partnerAccountId(), s.partnerName(), List.of(new Point(
                    lastCheckIn.get(c.id()).get(s.partnerAccountId()), Map.of())))
                    : s).toList();
            List<HomeworkFact> facts = factsByCouple.getOrDefault(c.id(), List.of());
            var signals = Signals.of(checkIn, partners, forSignals, facts, today, c.startDate(),
                    c.status() == CoupleStatus.ACTIVE, timelines.getOrDefault(c.id(), Timeline.EMPTY),
                    landings.getOrDefault(c.id(), List.of()));
            List<LatestScore> latest = series.stream().map(s -> {
                List<Point> p = s.points();
                Double last = p.isEmpty() ? null : p.getLast().values().get("total");
                Double change = p.size() < 2 ? null : last - p.get(p.size() - 2).values().get("total");
                return new LatestScore(s.partnerName(), last, change);
            }).toList();
            SessionDates d = dates.get(c.id());
            rows.add(new CaseloadRow(c.id(), c.displayName(), c.partnerNames(), c.status(), c.startDate(),
                    d == null ? null : d.lastEnded(), d == null ? null : d.nextPlanned(),
                    adherence(partners, facts, today, 2), latest, signals));
        }
        return rows;
    }

    /**
     * Share of homework done, as the homework board counts it: occurrences due in the window before today,
     * and today's if already done; pair homework counts for both partners.
     */
    static Integer adherence(List<PartnerName> partners, List<HomeworkFact> facts, LocalDate today, int weeks) {
        LocalDate from = today.minusWeeks(weeks).plusDays(1);
        int due = 0;
        int done = 0;
        for (PartnerName partner : partners) {
            for (HomeworkFact f : facts) {
                if (f.isFor(partner.accountId()) && !f.dueDate().isBefore(from) && countsAsDue(f, today)) {
                    due++;
                    if (f.doneOn() != null) {
                        done++;
                    }
                }
            }
        }
        return due == 0 ? null : Math.round(100f * done / due);
    }

    static boolean countsAsDue(HomeworkFact f, LocalDate today) {
        return f.dueDate().isBefore(today) || f.dueDate().equals(today) && f.doneOn() != null;
    }

    static List<PartnerName> partnerNames(List<PartnerInfo> partners) {
        return partners.stream().map(p -> new PartnerName(p.accountId(), p.displayName())).toList();
    }
}
