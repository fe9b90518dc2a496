package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustwork.homework.TwoSidedLog;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.Point;
import org.trustwork.progress.ProgressViews.Series;
import org.trustwork.progress.ProgressViews.Signal;
import org.trustwork.progress.ProgressViews.SignalKind;
import org.trustwork.recovery.MarkerKind;
import org.trustwork.recovery.Timeline;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Signals that know the couple's story: a drop after a marker, contact from the affair partner, accounts apart. */
class RecoverySignalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final PartnerName ANA = new PartnerName(1, "Ana");
    private static final PartnerName BEN = new PartnerName(2, "Ben");
    private final MeasureDefinition checkIn = YAMLMapper.builder().build()
            .readValue(new File("seeds/measures/checkin.yaml"), MeasureDefinition.class);

    private static Point p(LocalDate day, double trust) {
        return new Point(day, Map.of("trust", trust, "safety", 6.0, "closeness", 6.0));
    }

    /** Ana's trust falls from 7 to 3 between 20 Nov and 1 Dec. */
    private List<Signal> signals(Timeline timeline, List<TwoSidedLog.Fact> landings) {
        var series = List.of(new Series(1, "Ana", List.of(p(TODAY.minusDays(14), 7), p(TODAY.minusDays(3), 3))),
                new Series(2, "Ben", List.of(p(TODAY.minusDays(14), 6), p(TODAY.minusDays(3), 6))));
        return Signals.of(checkIn, List.of(ANA, BEN), series, List.of(), TODAY, TODAY.minusMonths(6), false,
                timeline, landings);
    }

    private static Timeline.Marker anniversaryOn(LocalDate day) {
        return new Timeline.Marker(null, MarkerKind.DISCOVERY_DAY, day, null, null, null, null, 1, false);
    }

    @Test
    void a_drop_within_a_week_after_a_marker_says_which() {
        var drop = signals(new Timeline(List.of(), List.of(anniversaryOn(TODAY.minusDays(10)))), List.of()).stream()
                .filter(s -> s.kind() == SignalKind.SCORE_DROP).findFirst().orElseThrow();
        assertThat(drop.text()).endsWith("after the anniversary of discovery day (24 Nov 2026)");
    }

    @Test
    void a_marker_more_than_a_week_before_the_drop_is_not_mentioned() {
        var drop = signals(new Timeline(List.of(), List.of(anniversaryOn(TODAY.minusDays(11)))), List.of()).stream()
                .filter(s -> s.kind() == SignalKind.SCORE_DROP).findFirst().orElseThrow();
        assertThat(drop.text()).doesNotContain("after");
    }

    @Test
    void contact_from_the_affair_partner_in_the_last_two_weeks_is_a_signal_naming_who_logged_it() {
        var contact = new Timeline.Marker(9L, MarkerKind.AFFAIR_PARTNER_CONTACT, TODAY.minusDays(13), "texted", "Ben",
                2L, "Ben", 0, false);
        assertThat(signals(new Timeline(List.of(), List.of(contact)), List.of()))
                .anySatisfy(s -> {
                    assertThat(s.kind()).isEqualTo(SignalKind.AFFAIR_PARTNER_CONTACT);
                    assertThat(s.text()).isEqualTo("Ben logged contact from the affair partner on 21 Nov")
                            .doesNotContain("texted");
                });
        var older = new Timeline.Marker(9L, MarkerKind.AFFAIR_PARTNER_CONTACT, TODAY.minusDays(14), null, "Ben",
                2L, "Ben", 0, false);
        assertThat(signals(new Timeline(List.of(), List.of(older)), List.of()))
                .noneMatch(s -> s.kind() == SignalKind.AFFAIR_PARTNER_CONTACT);
    }

    @Test
    void accounts_that_differ_often_are_a_signal_and_twice_is_not() {
        var three = List.of(new TwoSidedLog.Fact(1, TODAY, true), new TwoSidedLog.Fact(1, TODAY.minusDays(2), true),
                new TwoSidedLog.Fact(1, TODAY.minusDays(4), true), new TwoSidedLog.Fact(1, TODAY.minusDays(5), false));
        assertThat(signals(Timeline.EMPTY, three)).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(SignalKind.ACCOUNTS_DIFFER);
            assertThat(s.text()).isEqualTo("Done, but it didn't land: 3 of 4 times in the last 14 days");
        });
        assertThat(signals(Timeline.EMPTY, three.subList(1, 4))).noneMatch(s -> s.kind() == SignalKind.ACCOUNTS_DIFFER);
    }
}
