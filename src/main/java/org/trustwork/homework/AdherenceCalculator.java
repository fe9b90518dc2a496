package org.trustwork.homework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Share of homework done over the last weeks. Counted: occurrences due in the window before today, and
 * today's if already done (nobody is late for today before the day is over). Pair homework counts for
 * both partners and is done when either marks it.
 */
final class AdherenceCalculator {

    private AdherenceCalculator() {
    }

    static Integer percent(List<HomeworkAssignment> assignments, long partnerAccountId, LocalDate today, int weeks) {
        int[] dueAndDone = count(assignments, partnerAccountId, today, weeks);
        return dueAndDone[0] == 0 ? null : Math.round(100f * dueAndDone[1] / dueAndDone[0]);
    }

    static Integer coupleAverage(List<HomeworkAssignment> assignments, Collection<Long> partners, LocalDate today,
                                 int weeks) {
        int due = 0;
        int done = 0;
        for (long partner : partners) {
            int[] counts = count(assignments, partner, today, weeks);
            due += counts[0];
            done += counts[1];
        }
        return due == 0 ? null : Math.round(100f * done / due);
    }

    private static int[] count(List<HomeworkAssignment> assignments, long partnerAccountId, LocalDate today,
                               int weeks) {
        LocalDate from = today.minusWeeks(weeks).plusDays(1);
        int due = 0;
        int done = 0;
        for (HomeworkAssignment assignment : assignments) {
            if (!assignment.isFor(partnerAccountId)) {
                continue;
            }
            for (HomeworkOccurrence o : assignment.getOccurrences()) {
                if (!o.getDueDate().isBefore(from) && HomeworkService.countsAsDue(o, today)) {
                    due++;
                    if (o.isDone()) {
                        done++;
                    }
                }
            }
        }
        return new int[] {due, done};
    }
}
