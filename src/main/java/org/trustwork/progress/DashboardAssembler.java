package org.trustwork.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleStatus;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkFact;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.progress.ProgressViews.Answered;
import org.trustwork.progress.ProgressViews.Coverage;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.Point;
import org.trustwork.progress.ProgressViews.QuestionnaireSeries;
import org.trustwork.progress.ProgressViews.RequestInfo;
import org.trustwork.progress.ProgressViews.Series;
import org.trustwork.progress.ProgressViews.SessionMark;
import org.trustwork.progress.ProgressViews.WeekAdherence;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionViews.PracticeHistory;

/**
 * Builds a couple's dashboard from data already loaded (and already checked by whoever loaded it). No
 * access checks and no queries here: shared by the therapist's dashboard and reports and the data export.
 */
@Component
class DashboardAssembler {

    private final MeasureCatalogue catalogue;
    private final CheckInService checkIns;
    private final ClinicCalendar calendar;

    DashboardAssembler(MeasureCatalogue catalogue, CheckInService checkIns, ClinicCalendar calendar) {
        this.catalogue = catalogue;
        this.checkIns = checkIns;
        this.calendar = calendar;
    }

    Dashboard dashboard(ProgressSources src, List<RequestInfo> openRequests) {
        CoupleDetails couple = src.couple();
        LocalDate today = calendar.today();
        List<PartnerName> partners = ProgressService.partnerNames(couple.partners());
        Map<Long, String> names = CheckInService.names(couple);
        List<MeasureResponse> all = src.responses();
        List<HomeworkFact> facts = src.homework();

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
        List<SessionMark> marks = src.sessions().stream()
                .filter(s -> s.status() != SessionStatus.PLANNED || !calendar.dayOf(s.scheduledStart()).isBefore(today))
                .map(s -> new SessionMark(calendar.dayOf(s.startedAt() != null ? s.startedAt() : s.scheduledStart()),
                        s.status() == SessionStatus.ENDED))
                .sorted(Comparator.comparing(SessionMark::day)).toList();
        List<Answered> answers = all.stream().map(r -> checkIns.view(r, names, -1)).toList();
        var signals = Signals.of(checkIn, partners, checkInSeries, facts, today, couple.startDate(),
                couple.status() == CoupleStatus.ACTIVE, src.timeline(), src.landings());
        return new Dashboard(couple.id(), couple.displayName(), couple.therapistName(), couple.startDate(), today,
                partners, checkIn, checkInSeries, questionnaires, weeklyAdherence(partners, facts, today),
                marks, coverage(src.practiceHistory(), facts, src.practices()), signals, answers, openRequests,
                src.timeline());
    }

    List<Series> series(List<PartnerName> partners, List<MeasureResponse> answers) {
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


    static List<WeekAdherence> weeklyAdherence(List<PartnerName> partners, List<HomeworkFact> facts, LocalDate today) {
        Map<LocalDate, List<HomeworkFact>> byWeek = facts.stream().filter(f -> ProgressService.countsAsDue(f, today))
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

    private List<Coverage> coverage(Map<Long, PracticeHistory> history, List<HomeworkFact> facts,
                                    List<PracticeInfo> practices) {
        Map<Long, List<HomeworkFact>> done = facts.stream().filter(f -> f.doneOn() != null)
                .collect(Collectors.groupingBy(HomeworkFact::practiceId));
        return practices.stream()
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
}
