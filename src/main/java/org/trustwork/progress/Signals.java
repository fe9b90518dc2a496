package org.trustwork.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustwork.homework.HomeworkFact;
import org.trustwork.homework.TwoSidedLog;
import org.trustwork.recovery.RecoveryService;
import org.trustwork.recovery.Timeline;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.Point;
import org.trustwork.progress.ProgressViews.Series;
import org.trustwork.progress.ProgressViews.Signal;
import org.trustwork.progress.ProgressViews.SignalKind;

/**
 * The four signals, computed from a couple's check-ins and homework on a given day:
 * <ul>
 * <li>a partner's score on any check-in question fell by {@value #DROP} or more from their previous check-in
 *     to their latest;</li>
 * <li>the partners' trust scores were {@value #DIVERGENCE} or more apart in each partner's latest check-in
 *     and again in the one before (two in a row);</li>
 * <li>a partner had homework due in the last {@value #QUIET_DAYS} days and has done none for {@value #QUIET_DAYS}
 *     days or more (pair homework done by either partner counts for both);</li>
 * <li>a partner has not checked in for {@value #QUIET_DAYS} days or more (or not at all, once the couple has
 *     been in therapy that long).</li>
 * </ul>
 * The two inactivity signals are only raised for couples in active therapy.
 */
public final class Signals {

    public static final int DROP = 3;
    public static final int DIVERGENCE = 3;
    public static final int QUIET_DAYS = 14;
    public static final String TRUST = "trust";

    private Signals() {
    }

    public static List<Signal> of(MeasureDefinition checkIn, List<PartnerName> partners, List<Series> checkIns,
                                  List<HomeworkFact> homework, LocalDate today, LocalDate inTherapySince,
                                  boolean active) {
        return of(checkIn, partners, checkIns, homework, today, inTherapySince, active, Timeline.EMPTY, List.of());
    }

    /**
     * With the couple's story: a drop on a day within {@value Timeline#AFTER_DAYS} days after a marker names the
     * marker; contact from the affair partner logged in the last {@value RecoveryService#CONTACT_ALERT_DAYS} days is a
     * signal; so are the two accounts of the practices differing often (as {@link TwoSidedLog} defines it).
     */
    public static List<Signal> of(MeasureDefinition checkIn, List<PartnerName> partners, List<Series> checkIns,
                                  List<HomeworkFact> homework, LocalDate today, LocalDate inTherapySince,
                                  boolean active, Timeline timeline, List<TwoSidedLog.Fact> landings) {
        List<Signal> signals = new ArrayList<>();
        for (Timeline.Marker contact : timeline.contactSince(today.minusDays(RecoveryService.CONTACT_ALERT_DAYS - 1L))) {
            String who = partners.stream().filter(p -> Objects.equals(p.accountId(), contact.privateTo()))
                    .map(PartnerName::name).findFirst().orElse("A partner");
            signals.add(new Signal(SignalKind.AFFAIR_PARTNER_CONTACT, who,
                    List.of(who + " logged contact from the affair partner on ", contact.day())));
        }
        for (Series series : checkIns) {
            drop(checkIn, series).map(s -> after(s, series, timeline)).ifPresent(signals::add);
        }
        int[] counts = TwoSidedLog.count(landings, today);
        if (TwoSidedLog.often(counts[0], counts[1])) {
            signals.add(new Signal(SignalKind.ACCOUNTS_DIFFER, null, "Done, but it didn't land: " + counts[0] + " of "
                    + counts[1] + " times in the last " + TwoSidedLog.WINDOW_DAYS + " days"));
        }
        divergence(checkIns).ifPresent(signals::add);
        if (active) {
            for (PartnerName partner : partners) {
                noHomework(partner, homework, today).ifPresent(signals::add);
                Series series = checkIns.stream().filter(s -> s.partnerAccountId() == partner.accountId())
                        .findFirst().orElse(null);
                noCheckIn(partner, series, today, inTherapySince).ifPresent(signals::add);
            }
        }
        return signals;
    }

    static java.util.Optional<Signal> drop(MeasureDefinition checkIn, Series series) {
        List<Point> points = series.points();
        if (points.size() < 2) {
            return java.util.Optional.empty();
        }
        Point before = points.get(points.size() - 2);
        Point latest = points.getLast();
        List<String> falls = new ArrayList<>();
        for (MeasureDefinition.Item item : checkIn.items()) {
            Double was = before.values().get(item.key());
            Double now = latest.values().get(item.key());
            if (was != null && now != null && was - now >= DROP) {
                falls.add(shortLabel(item) + " " + fmt(was) + " → " + fmt(now));
            }
        }
        if (falls.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Signal(SignalKind.SCORE_DROP, series.partnerName(), List.of(
                series.partnerName() + "'s check-in fell: " + String.join(", ", falls) + " (",
                before.day(), " to ", latest.day(), ")")));
    }

    /** Names the marker a drop came shortly after: "(… after the anniversary of discovery day (3 Mar 2026))". */
    private static Signal after(Signal drop, Series series, Timeline timeline) {
        return timeline.shortlyBefore(series.points().getLast().day())
                .map(m -> new Signal(drop.kind(), drop.partnerName(), java.util.stream.Stream.concat(
                        drop.parts().stream(), java.util.stream.Stream.of(", " + m.afterPhrase())).toList()))
                .orElse(drop);
    }

    static java.util.Optional<Signal> divergence(List<Series> checkIns) {
        List<Series> withTwo = checkIns.stream().filter(s -> s.points().size() >= 2).toList();
        if (withTwo.size() < 2) {
            return java.util.Optional.empty();
        }
        Series a = withTwo.get(0);
        Series b = withTwo.get(1);
        Double gapLatest = gap(a.points().getLast(), b.points().getLast());
        Double gapBefore = gap(a.points().get(a.points().size() - 2), b.points().get(b.points().size() - 2));
        if (gapLatest == null || gapBefore == null || gapLatest < DIVERGENCE || gapBefore < DIVERGENCE) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Signal(SignalKind.TRUST_DIVERGENCE, null,
                "Trust scores " + fmt(gapBefore) + " then " + fmt(gapLatest) + " points apart in the last two check-ins ("
                        + a.partnerName() + " " + fmt(a.points().getLast().values().get(TRUST)) + ", "
                        + b.partnerName() + " " + fmt(b.points().getLast().values().get(TRUST)) + ")"));
    }

    static java.util.Optional<Signal> noHomework(PartnerName partner, List<HomeworkFact> homework, LocalDate today) {
        LocalDate windowStart = today.minusDays(QUIET_DAYS);
        List<HomeworkFact> theirs = homework.stream().filter(h -> h.isFor(partner.accountId())).toList();
        boolean dueRecently = theirs.stream()
                .anyMatch(h -> !h.dueDate().isBefore(windowStart) && h.dueDate().isBefore(today));
        if (!dueRecently) {
            return java.util.Optional.empty();
        }
        LocalDate lastDone = theirs.stream().map(HomeworkFact::doneOn).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        if (lastDone != null && lastDone.isAfter(windowStart)) {
            return java.util.Optional.empty();
        }
        List<Object> text = lastDone == null
                ? List.of(partner.name() + " has not done any homework yet")
                : List.of(partner.name() + " has done no homework for " + ChronoUnit.DAYS.between(lastDone, today)
                        + " days (last on ", lastDone, ")");
        return java.util.Optional.of(new Signal(SignalKind.NO_HOMEWORK, partner.name(), text));
    }

    static java.util.Optional<Signal> noCheckIn(PartnerName partner, Series series, LocalDate today,
                                                LocalDate inTherapySince) {
        LocalDate last = series == null || series.points().isEmpty() ? null : series.points().getLast().day();
        if (last == null) {
            if (inTherapySince == null || ChronoUnit.DAYS.between(inTherapySince, today) < QUIET_DAYS) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Signal(SignalKind.NO_CHECK_IN, partner.name(),
                    partner.name() + " has not checked in yet"));
        }
        long days = ChronoUnit.DAYS.between(last, today);
        if (days < QUIET_DAYS) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Signal(SignalKind.NO_CHECK_IN, partner.name(), List.of(
                partner.name() + " has not checked in for " + days + " days (last on ", last, ")")));
    }

    private static Double gap(Point a, Point b) {
        Double x = a.values().get(TRUST);
        Double y = b.values().get(TRUST);
        return x == null || y == null ? null : Math.abs(x - y);
    }

    private static String shortLabel(MeasureDefinition.Item item) {
        return item.key().replace('_', ' ');
    }

    static String fmt(Double value) {
        if (value == null) {
            return "–";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** Item scores and total of one answer as a point of a series. */
    static Point point(LocalDate day, Map<String, Integer> scores, double total) {
        var values = new java.util.LinkedHashMap<String, Double>();
        scores.forEach((k, v) -> values.put(k, v.doubleValue()));
        values.put("total", total);
        return new Point(day, values);
    }
}
