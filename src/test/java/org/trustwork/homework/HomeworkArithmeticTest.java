package org.trustwork.homework;

import org.trustwork.base.ClinicCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustwork.practice.Cadence;

/** Schedules, adherence and the clinic's calendar day, without a database. */
class HomeworkArithmeticTest {

    private static final LocalDate MON = LocalDate.of(2026, 11, 2);
    private static final long ANA = 1;
    private static final long BEN = 2;

    private static HomeworkAssignment assignment(Long assignee, Cadence cadence, int timesPerWeek, LocalDate start,
                                                 LocalDate end) {
        return new HomeworkAssignment(1, 1, null, 9, assignee, "t", "i", null, cadence, timesPerWeek, start, end);
    }

    private static void complete(HomeworkAssignment a, LocalDate due, long by) {
        a.getOccurrences().stream().filter(o -> o.getDueDate().equals(due) && !o.isDone()).findFirst().orElseThrow()
                .complete(due.atTime(20, 0).toInstant(ZoneOffset.UTC), by);
    }

    @Test
    void a_one_off_homework_has_one_occurrence_on_its_due_date() {
        assertThat(HomeworkSchedule.dueDates(Cadence.ONCE, 1, MON, MON.plusDays(5)))
                .containsExactly(new HomeworkSchedule.Due(MON.plusDays(5), 1));
    }

    @Test
    void daily_homework_has_one_occurrence_per_day_including_both_ends() {
        assertThat(HomeworkSchedule.dueDates(Cadence.DAILY, 7, MON, MON.plusDays(13))).hasSize(14);
    }

    @Test
    void three_times_a_week_for_ten_days_is_three_due_at_the_end_of_the_first_week_and_three_at_the_end() {
        var dues = HomeworkSchedule.dueDates(Cadence.WEEKLY, 3, MON, MON.plusDays(9));
        assertThat(dues).extracting(HomeworkSchedule.Due::date)
                .containsExactly(MON.plusDays(6), MON.plusDays(6), MON.plusDays(6),
                        MON.plusDays(9), MON.plusDays(9), MON.plusDays(9));
        assertThat(dues).extracting(HomeworkSchedule.Due::sequence).containsExactly(1, 2, 3, 1, 2, 3);
    }

    @Test
    void adherence_counts_what_was_due_before_today_and_todays_only_once_done() {
        var daily = assignment(null, Cadence.DAILY, 7, MON, MON.plusDays(13));
        LocalDate today = MON.plusDays(9);
        for (int day = 0; day < 9; day += 2) {
            complete(daily, MON.plusDays(day), ANA);
        }

        assertThat(AdherenceCalculator.percent(List.of(daily), ANA, today, 2)).as("5 of 9 days").isEqualTo(56);
        complete(daily, today, BEN);
        assertThat(AdherenceCalculator.percent(List.of(daily), ANA, today, 2)).as("6 of 10, pair homework")
                .isEqualTo(60);
        assertThat(AdherenceCalculator.percent(List.of(daily), BEN, today, 2)).isEqualTo(60);
    }

    @Test
    void homework_for_one_partner_does_not_count_for_the_other() {
        var forAna = assignment(ANA, Cadence.DAILY, 7, MON, MON.plusDays(6));
        complete(forAna, MON, ANA);

        assertThat(AdherenceCalculator.percent(List.of(forAna), ANA, MON.plusDays(2), 2)).isEqualTo(50);
        assertThat(AdherenceCalculator.percent(List.of(forAna), BEN, MON.plusDays(2), 2)).isNull();
    }

    @Test
    void the_window_only_looks_back_the_given_weeks() {
        var daily = assignment(null, Cadence.DAILY, 7, MON, MON.plusDays(41));
        for (int day = 0; day < 28; day++) {
            complete(daily, MON.plusDays(day), ANA);
        }
        LocalDate today = MON.plusDays(42);
        assertThat(AdherenceCalculator.percent(List.of(daily), ANA, today, 2)).as("last 14 days: none").isZero();
        assertThat(AdherenceCalculator.percent(List.of(daily), ANA, today, 6))
                .as("window is days 1 to 42; days 1-27 done, 41 due before today").isEqualTo(66);
    }

    @Test
    void nothing_due_yet_is_no_figure_rather_than_zero_percent() {
        var future = assignment(null, Cadence.ONCE, 1, MON.plusDays(10), MON.plusDays(10));
        assertThat(AdherenceCalculator.percent(List.of(future), ANA, MON, 2)).isNull();
    }

    @Test
    void the_clinic_day_follows_the_clinic_time_zone_not_the_server() {
        Instant lateEveningInAuckland = Instant.parse("2026-11-25T10:30:00Z");
        var auckland = new ClinicCalendar(Clock.fixed(lateEveningInAuckland, ZoneOffset.UTC), java.time.ZoneId.of("Pacific/Auckland"));
        var london = new ClinicCalendar(Clock.fixed(lateEveningInAuckland, ZoneOffset.UTC), java.time.ZoneId.of("Europe/London"));

        assertThat(auckland.today()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(auckland.dayOf(Instant.parse("2026-11-25T11:30:00Z"))).as("past midnight in Auckland")
                .isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(london.dayOf(Instant.parse("2026-11-25T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 25));
    }
}
