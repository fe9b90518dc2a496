package org.trustwork.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustwork.homework.HowItLanded;
import org.trustwork.homework.TwoSidedLog;
import org.trustwork.practice.Phase;

/** The plain rules behind the story: when accounts differ often, when a marker comes shortly before a day. */
class StoryRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static TwoSidedLog.Fact fact(int daysAgo, boolean differs) {
        return new TwoSidedLog.Fact(1, TODAY.minusDays(daysAgo), differs);
    }

    @Test
    void only_didnt_land_is_a_difference() {
        assertThat(TwoSidedLog.differs(HowItLanded.DID_NOT_LAND)).isTrue();
        assertThat(TwoSidedLog.differs(HowItLanded.PARTLY)).isFalse();
        assertThat(TwoSidedLog.differs(HowItLanded.LANDED)).isFalse();
    }

    @Test
    void often_means_three_or_more_and_at_least_half_within_fourteen_days() {
        assertThat(TwoSidedLog.often(2, 2)).isFalse();
        assertThat(TwoSidedLog.often(3, 6)).isTrue();
        assertThat(TwoSidedLog.often(3, 7)).isFalse();
        List<TwoSidedLog.Fact> facts = List.of(fact(0, true), fact(5, true), fact(13, true), fact(14, true),
                fact(2, false), fact(3, false), fact(4, false));
        // The answer 14 days ago is outside the window: 3 differing of 6 answered.
        assertThat(TwoSidedLog.count(facts, TODAY)).containsExactly(3, 6);
        int[] counts = TwoSidedLog.count(facts, TODAY);
        assertThat(TwoSidedLog.often(counts[0], counts[1])).isTrue();
    }

    @Test
    void a_marker_up_to_seven_days_before_a_day_is_named_with_its_day() {
        var anniversary = new Timeline.Marker(null, MarkerKind.DISCOVERY_DAY, TODAY.minusDays(7), null, null, null,
                null, 1, false);
        var timeline = new Timeline(List.of(), List.of(anniversary));
        assertThat(timeline.shortlyBefore(TODAY)).contains(anniversary);
        assertThat(timeline.shortlyBefore(TODAY.plusDays(1))).isEmpty();
        assertThat(timeline.shortlyBefore(TODAY.minusDays(8))).isEmpty();
        assertThat(anniversary.afterPhrase()).isEqualTo("after the anniversary of discovery day (27 Nov 2026)");
        var trigger = new Timeline.Marker(3L, MarkerKind.TRIGGER, TODAY, null, null, 7L, "Maya", 0, false);
        assertThat(trigger.afterPhrase()).isEqualTo("after the trigger episode (4 Dec 2026)");
    }

    @Test
    void the_phase_on_a_day_is_the_latest_started_by_then() {
        var timeline = new Timeline(List.of(
                new Timeline.PhasePeriod(Phase.ATONEMENT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31)),
                new Timeline.PhasePeriod(Phase.ATTUNEMENT, LocalDate.of(2026, 6, 1), null)), List.of());
        assertThat(timeline.phaseOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(timeline.phaseOn(LocalDate.of(2026, 5, 31))).contains(Phase.ATONEMENT);
        assertThat(timeline.phaseOn(LocalDate.of(2026, 6, 1))).contains(Phase.ATTUNEMENT);
        assertThat(timeline.phaseOn(TODAY)).contains(Phase.ATTUNEMENT);
    }

    @Test
    void an_anniversary_is_the_same_day_a_year_or_more_later_and_the_28th_for_a_29_february() {
        assertThat(AnniversaryReminderJob.isAnniversary(LocalDate.of(2025, 3, 3), LocalDate.of(2026, 3, 3))).isTrue();
        assertThat(AnniversaryReminderJob.isAnniversary(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3))).isFalse();
        assertThat(AnniversaryReminderJob.isAnniversary(LocalDate.of(2025, 3, 3), LocalDate.of(2026, 3, 4))).isFalse();
        assertThat(AnniversaryReminderJob.isAnniversary(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28))).isTrue();
    }
}
