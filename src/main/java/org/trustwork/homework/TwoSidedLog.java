package org.trustwork.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the two partners' accounts of the same practice meet. The partner who did it gave theirs by marking it
 * done; the other partner's is how it landed for them. The accounts <b>differ</b> when the one who did it marked
 * it done and the other answered "It didn't land for me". They differ <b>often</b> when, among the answers given
 * about occurrences done in the last {@value #WINDOW_DAYS} days, at least {@value #OFTEN_AT_LEAST} differ and they
 * are at least half of those answers: a single bad day is not a pattern, and many good ones outweigh a few.
 */
public final class TwoSidedLog {

    public static final int WINDOW_DAYS = 14;
    public static final int OFTEN_AT_LEAST = 3;

    private TwoSidedLog() {
    }

    /** One answered occurrence, as the therapist sees it. */
    public record Entry(long occurrenceId, String title, LocalDate doneOn, String doneBy, String answeredBy,
                        HowItLanded landed, String note, boolean sharedWithDoer) {

        public boolean differs() {
            return TwoSidedLog.differs(landed);
        }
    }

    /** A couple's two-sided log for the board: the answered occurrences, newest first, and whether they differ often. */
    public record Log(List<Entry> entries, int differingInWindow, int answeredInWindow, boolean differOften) {
    }

    /** What the progress signals need of an answer, without any words. */
    public record Fact(long coupleId, LocalDate doneOn, boolean differs) {
    }

    public static boolean differs(HowItLanded landed) {
        return landed == HowItLanded.DID_NOT_LAND;
    }

    /** Whether the accounts differ often on a day (see the class comment); counts answers about {@code since} on. */
    public static boolean often(int differing, int answered) {
        return differing >= OFTEN_AT_LEAST && 2 * differing >= answered;
    }

    public static LocalDate windowStart(LocalDate today) {
        return today.minusDays(WINDOW_DAYS - 1L);
    }

    /** Counts facts in the window ending today: {differing, answered}. */
    public static int[] count(List<Fact> facts, LocalDate today) {
        LocalDate from = windowStart(today);
        int answered = 0;
        int differing = 0;
        for (Fact f : facts) {
            if (!f.doneOn().isBefore(from) && !f.doneOn().isAfter(today)) {
                answered++;
                if (f.differs()) {
                    differing++;
                }
            }
        }
        return new int[] {differing, answered};
    }
}
