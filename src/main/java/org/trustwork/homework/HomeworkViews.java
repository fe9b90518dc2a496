package org.trustwork.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Read models of the homework feature: detached, immutable, already filtered for the person asking. */
public final class HomeworkViews {

    private HomeworkViews() {
    }

    /** One occurrence as the partner sees it, with their own reflection and any the other partner shared. */
    public record PartnerTask(long occurrenceId, long assignmentId, String title, String instructions, String noteToPartners,
                              String practiceTitle, String practiceSlug, LocalDate dueDate, boolean together,
                              Instant completedAt, String completedBy, boolean canUndo, Reflection myReflection,
                              List<Reflection> sharedWithMe, Landing landingSharedWithMe) {

        public boolean done() {
            return completedAt != null;
        }
    }

    /**
     * How the signed-in partner's practice landed for the other partner, only when that partner chose to share it.
     * Unanswered and unshared look the same here: the one who did it is never shown "not confirmed".
     */
    public record Landing(String authorName, HowItLanded landed, String note) {
    }

    /**
     * A practice the other partner marked done lately, which the signed-in partner may say how it landed for them
     * ({@code myAnswer} null until they do; answering is never required).
     */
    public record PartnersPractice(long occurrenceId, String title, String practiceTitle, String doneBy,
                                   LocalDate dueDate, LocalDate doneOn, HowItLanded myAnswer, String myNote,
                                   boolean shared) {
    }

    public record Reflection(String authorName, String body, int difficulty, int helpfulness,
                             ReflectionVisibility visibility, Instant writtenAt) {
    }

    /** Adherence in percent over a window, or null when nothing was due in it. */
    public record Adherence(Integer lastTwoWeeks, Integer lastSixWeeks) {
    }

    /** How often homework is due and until when; the view words it in the viewer's locale. */
    public record Schedule(org.trustwork.practice.Cadence cadence, int timesPerWeek, LocalDate until) {
    }

    /** {@code current}: the homework's last day has not passed yet (done early or not). */
    public record BoardRow(long assignmentId, String title, String practiceTitle, String assignee, Schedule schedule,
                           int due, int done, int late, LocalDate nextDue, boolean current) {
    }

    public record BoardReflection(String authorName, String homeworkTitle, LocalDate dueDate, Reflection reflection) {
    }

    public record Board(List<BoardRow> rows, Map<String, Adherence> adherenceByPartner,
                        List<BoardReflection> reflections) {
    }
}
