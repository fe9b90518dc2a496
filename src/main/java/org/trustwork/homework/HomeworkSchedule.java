package org.trustwork.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.trustwork.practice.Cadence;

/** The dated occurrences an assignment asks for: once by a due date, every day, or n times in each week. */
final class HomeworkSchedule {

    /** A recurring assignment runs at most this long, so a typo cannot create years of occurrences. */
    static final int MAX_WEEKS = 26;

    record Due(LocalDate date, int sequence) {
    }

    private HomeworkSchedule() {
    }

    /**
     * ONCE: one occurrence due on {@code end}. DAILY: one per day from start to end. WEEKLY: {@code timesPerWeek}
     * occurrences for each seven-day block from the start, due on the block's last day (or the end date).
     */
    static List<Due> dueDates(Cadence cadence, int timesPerWeek, LocalDate start, LocalDate end) {
        var dues = new ArrayList<Due>();
        switch (cadence) {
            case ONCE -> dues.add(new Due(end, 1));
            case DAILY -> start.datesUntil(end.plusDays(1)).forEach(day -> dues.add(new Due(day, 1)));
            case WEEKLY -> {
                for (LocalDate blockStart = start; !blockStart.isAfter(end); blockStart = blockStart.plusWeeks(1)) {
                    LocalDate blockEnd = blockStart.plusDays(6).isAfter(end) ? end : blockStart.plusDays(6);
                    for (int n = 1; n <= timesPerWeek; n++) {
                        dues.add(new Due(blockEnd, n));
                    }
                }
            }
        }
        return dues;
    }
}
