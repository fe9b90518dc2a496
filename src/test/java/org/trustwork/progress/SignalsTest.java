package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustwork.homework.HomeworkFact;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.Point;
import org.trustwork.progress.ProgressViews.Series;
import org.trustwork.progress.ProgressViews.Signal;
import org.trustwork.progress.ProgressViews.SignalKind;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Each signal just below and exactly at its threshold. */
class SignalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final PartnerName ANA = new PartnerName(1, "Ana");
    private static final PartnerName BEN = new PartnerName(2, "Ben");
    private final MeasureDefinition checkIn = YAMLMapper.builder().build()
            .readValue(new File("seeds/measures/checkin.yaml"), MeasureDefinition.class);

    private static Point p(LocalDate day, double trust, double safety, double closeness) {
        return new Point(day, Map.of("trust", trust, "safety", safety, "closeness", closeness));
    }

    private List<Signal> signals(List<Series> series, List<HomeworkFact> homework) {
        return Signals.of(checkIn, List.of(ANA, BEN), series, homework, TODAY, TODAY.minusMonths(6), true);
    }

    private static List<Series> recentBoth(Point... ana) {
        return List.of(new Series(1, "Ana", List.of(ana)),
                new Series(2, "Ben", List.of(p(TODAY.minusDays(3), 5, 5, 5), p(TODAY.minusDays(1), 5, 5, 5))));
    }

    private static List<SignalKind> kinds(List<Signal> signals) {
        return signals.stream().map(Signal::kind).toList();
    }

    @Test
    void a_drop_of_three_points_between_two_check_ins_is_a_signal_and_two_is_not() {
        var two = signals(recentBoth(p(TODAY.minusDays(4), 7, 6, 6), p(TODAY.minusDays(1), 5, 6, 6)), List.of());
        assertThat(kinds(two)).doesNotContain(SignalKind.SCORE_DROP);
        var three = signals(recentBoth(p(TODAY.minusDays(4), 7, 6, 6), p(TODAY.minusDays(1), 7, 3, 6)), List.of());
        assertThat(three).filteredOn(s -> s.kind() == SignalKind.SCORE_DROP).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("Ana").contains("safety 6 → 3"));
    }

    @Test
    void trust_scores_three_apart_twice_in_a_row_is_a_signal_once_is_not() {
        // Ben's trust is 5 in both of his last check-ins.
        var once = signals(recentBoth(p(TODAY.minusDays(4), 7, 5, 5), p(TODAY.minusDays(1), 8, 5, 5)), List.of());
        assertThat(kinds(once)).doesNotContain(SignalKind.TRUST_DIVERGENCE);
        var twice = signals(recentBoth(p(TODAY.minusDays(4), 8, 5, 5), p(TODAY.minusDays(1), 8, 5, 5)), List.of());
        assertThat(kinds(twice)).contains(SignalKind.TRUST_DIVERGENCE);
        var twoPoints = signals(recentBoth(p(TODAY.minusDays(4), 7, 5, 5), p(TODAY.minusDays(1), 7, 5, 5)), List.of());
        assertThat(kinds(twoPoints)).doesNotContain(SignalKind.TRUST_DIVERGENCE);
    }

    @Test
    void no_homework_done_for_fourteen_days_is_a_signal_and_thirteen_is_not() {
        var series = recentBoth(p(TODAY.minusDays(1), 5, 5, 5));
        List<HomeworkFact> thirteen = new ArrayList<>(List.of(
                new HomeworkFact(9, 1, null, TODAY.minusDays(13), TODAY.minusDays(13), 1L),
                new HomeworkFact(9, 1, null, TODAY.minusDays(3), null, null)));
        assertThat(kinds(signals(series, thirteen))).doesNotContain(SignalKind.NO_HOMEWORK);
        List<HomeworkFact> fourteen = List.of(
                new HomeworkFact(9, 1, null, TODAY.minusDays(14), TODAY.minusDays(14), 1L),
                new HomeworkFact(9, 1, null, TODAY.minusDays(3), null, null));
        assertThat(signals(series, fourteen)).filteredOn(s -> s.kind() == SignalKind.NO_HOMEWORK)
                .extracting(Signal::partnerName).containsExactlyInAnyOrder("Ana", "Ben");
    }

    @Test
    void no_homework_due_means_no_homework_signal() {
        var series = recentBoth(p(TODAY.minusDays(1), 5, 5, 5));
        var onlyBens = List.of(new HomeworkFact(9, 1, 2L, TODAY.minusDays(5), null, null));
        assertThat(signals(series, onlyBens)).filteredOn(s -> s.kind() == SignalKind.NO_HOMEWORK)
                .extracting(Signal::partnerName).containsExactly("Ben");
    }

    @Test
    void no_check_in_for_fourteen_days_is_a_signal_and_thirteen_is_not() {
        var thirteen = signals(recentBoth(p(TODAY.minusDays(13), 5, 5, 5)), List.of());
        assertThat(thirteen).filteredOn(s -> s.kind() == SignalKind.NO_CHECK_IN).isEmpty();
        var fourteen = signals(recentBoth(p(TODAY.minusDays(14), 5, 5, 5)), List.of());
        assertThat(fourteen).filteredOn(s -> s.kind() == SignalKind.NO_CHECK_IN).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("Ana").contains("14 days"));
    }

    @Test
    void inactivity_signals_wait_for_an_active_couple() {
        var none = List.of(new Series(1, "Ana", List.of()), new Series(2, "Ben", List.of()));
        assertThat(Signals.of(checkIn, List.of(ANA, BEN), none, List.of(), TODAY, TODAY.minusDays(13), true)).isEmpty();
        assertThat(Signals.of(checkIn, List.of(ANA, BEN), none, List.of(), TODAY, TODAY.minusDays(14), true))
                .extracting(Signal::kind).containsOnly(SignalKind.NO_CHECK_IN).hasSize(2);
        assertThat(Signals.of(checkIn, List.of(ANA, BEN), none, List.of(), TODAY, TODAY.minusDays(60), false)).isEmpty();
    }
}
