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
import org.springframework.data.domain.Pageable;
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
import org.trustwork.homework.ClinicCalendar;
import org.trustwork.homework.HomeworkFact;
import org.trustwork.homework.HomeworkService;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;
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
    private final PracticeService practices;
    private final ClinicCalendar calendar;
    private final AuditLog audit;

    ProgressService(MeasureCatalogue catalogue, MeasureResponseRepository responses, CheckInService checkIns,
                    CoupleService couples, SessionService sessions, HomeworkService homework, PracticeService practices,
                    ClinicCalendar calendar, AuditLog audit) {
        this.catalogue = catalogue;
        this.responses = responses;
        this.checkIns = checkIns;
        this.couples = couples;
        this.sessions = sessions;
        this.homework = homework;
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
        CoupleDetails couple = couples.couple(coupleId);
        LocalDate today = calendar.today();
        List<PartnerName> partners = couple.partners().stream()
                .map(p -> new PartnerName(p.accountId(), p.displayName())).toList();
        Map<Long, String> names = CheckInService.names(couple);
        List<MeasureResponse> all = responses.findByCoupleWithAnswers(coupleId);
        List<SessionSummary> sessionList = sessions.sessionsOf(coupleId);
        Map<Long, PracticeHistory> practiceHistory = sessions.practiceHistory(coupleId);
        List<HomeworkFact> facts = homework.progressFacts(List.of(coupleId), BEGINNING);

        MeasureDefinition checkIn = catalogue.checkIn();
        long checkInId = catalogue.idOf(checkIn.code());
        List<Series> checkInSeries = series(partners, all.stream().filter(r -> r.getMeasureId() == checkInId).toList());
        List<QuestionnaireSeries> questionnaires = new ArrayList<>();
        for (MeasureDefinition measure : catalogue.questionnaires()) {
            long id = catalogue.idOf(measure.code());
            List<MeasureResponse> ofMeasure = all.stream().filter(r -> r.getMeasureId() == id).toList();
            if (!ofMeasure.isEmpty()) {
                questionnaires.add(new QuestionnaireSeries(measure, series(partners, ofMeasure)));
            }
        }
        List<SessionMark> marks = sessionList.stream()
                .filter(s -> s.status() != SessionStatus.PLANNED || !calendar.dayOf(s.scheduledStart()).isBefore(today))
                .map(s -> new SessionMark(calendar.dayOf(s.scheduledStart()), s.status() == SessionStatus.ENDED))
                .sorted(Comparator.comparing(SessionMark::day)).toList();
        List<Answered> answers = all.stream().map(r -> checkIns.view(r, names, -1)).toList();
        var signals = Signals.of(checkIn, partners, checkInSeries, facts, today, couple.startDate(),
                couple.status() == CoupleStatus.ACTIVE);
        return new Dashboard(coupleId, couple.displayName(), couple.therapistName(), couple.startDate(), today,
                partners, checkIn, checkInSeries, questionnaires, weeklyAdherence(partners, facts, today),
                marks, coverage(practiceHistory, facts), signals, answers, checkIns.openRequests(coupleId, all));
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
        List<CaseloadRow> rows = new ArrayList<>();
        for (CoupleSummary c : mine) {
            List<PartnerName> partners = c.partners().stream()
                    .map(p -> new PartnerName(p.accountId(), p.displayName())).toList();
            List<Series> series = series(partners, recent.getOrDefault(c.id(), List.of()));
            // A partner whose last check-in is older than the window still counts as having checked in then.
            List<Series> forSignals = series.stream().map(s -> s.points().isEmpty()
                    && lastCheckIn.getOrDefault(c.id(), Map.of()).containsKey(s.partnerAccountId())
                    ? new Series(s.partnerAccountId(), s.partnerName(), List.of(new Point(
                    lastCheckIn.get(c.id()).get(s.partnerAccountId()), Map.of())))
                    : s).toList();
            List<HomeworkFact> facts = factsByCouple.getOrDefault(c.id(), List.of());
            var signals = Signals.of(checkIn, partners, forSignals, facts, today, c.startDate(),
                    c.status() == CoupleStatus.ACTIVE);
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

    private List<Series> series(List<PartnerName> partners, List<MeasureResponse> answers) {
        List<Series> result = new ArrayList<>();
        for (PartnerName partner : partners) {
            List<Point> points = answers.stream().filter(r -> r.getPartnerAccountId() == partner.accountId())
                    .sorted(Comparator.comparing(MeasureResponse::getAnsweredAt))
                    .map(r -> {
                        MeasureDefinition measure = catalogue.byId(r.getMeasureId());
                        Map<String, Integer> scores = new LinkedHashMap<>();
                        for (MeasureDefinition.Item item : measure.items()) {
                            Integer position = r.getAnswers().get(item.key());
                            if (position != null) {
                                scores.put(item.key(), item.score(position));
                            }
                        }
                        return Signals.point(r.getAnsweredOn(), scores, r.getTotalScore());
                    }).toList();
            result.add(new Series(partner.accountId(), partner.name(), points));
        }
        return result;
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

    private static boolean countsAsDue(HomeworkFact f, LocalDate today) {
        return f.dueDate().isBefore(today) || f.dueDate().equals(today) && f.doneOn() != null;
    }

    static List<WeekAdherence> weeklyAdherence(List<PartnerName> partners, List<HomeworkFact> facts, LocalDate today) {
        Map<LocalDate, List<HomeworkFact>> byWeek = facts.stream().filter(f -> countsAsDue(f, today))
                .collect(Collectors.groupingBy(f -> f.dueDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        if (byWeek.isEmpty()) {
            return List.of();
        }
        LocalDate first = byWeek.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeekAdherence> weeks = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            List<HomeworkFact> ofWeek = byWeek.getOrDefault(week, List.of());
            Map<Long, Integer> percent = new LinkedHashMap<>();
            Map<Long, int[]> counts = new LinkedHashMap<>();
            for (PartnerName partner : partners) {
                int due = 0;
                int done = 0;
                for (HomeworkFact f : ofWeek) {
                    if (f.isFor(partner.accountId())) {
                        due++;
                        if (f.doneOn() != null) {
                            done++;
                        }
                    }
                }
                percent.put(partner.accountId(), due == 0 ? null : Math.round(100f * done / due));
                counts.put(partner.accountId(), new int[] {done, due});
            }
            weeks.add(new WeekAdherence(week, percent, counts));
        }
        return weeks;
    }

    private List<Coverage> coverage(Map<Long, PracticeHistory> history, List<HomeworkFact> facts) {
        Map<Long, List<HomeworkFact>> done = facts.stream().filter(f -> f.doneOn() != null)
                .collect(Collectors.groupingBy(HomeworkFact::practiceId));
        return practices.search(PracticeFilter.ALL).stream()
                .sorted(Comparator.comparingInt(PracticeInfo::number))
                .map(p -> {
                    PracticeHistory h = history.get(p.id());
                    List<HomeworkFact> hw = done.getOrDefault(p.id(), List.of());
                    return new Coverage(p.id(), p.number(), p.title(), p.phase(), h == null ? 0 : h.timesWorkedOn(),
                            h == null || h.lastWorkedOn() == null ? null : calendar.dayOf(h.lastWorkedOn()),
                            hw.size(), hw.stream().map(HomeworkFact::doneOn).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null));
                }).toList();
    }

    static List<PartnerName> partnerNames(List<PartnerInfo> partners) {
        return partners.stream().map(p -> new PartnerName(p.accountId(), p.displayName())).toList();
    }
}
