package org.trustwork.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trustwork.practice.Phase;

/** What progress screens and reports show, detached from the database. */
public final class ProgressViews {

    private ProgressViews() {
    }

    /**
     * One partner's answers to a measure. {@code scores} are item scores after any reverse scoring;
     * {@code note} is the partner's optional sentence.
     */
    public record Answered(long id, String measureCode, String measureName, long partnerAccountId, String partnerName,
                           Instant answeredAt, LocalDate day, double total, Map<String, Integer> scores, String note,
                           boolean shared, boolean mine) {
    }

    /** A questionnaire the therapist asked for that the signed-in partner has not answered yet. */
    public record OpenQuestionnaire(long requestId, MeasureDefinition measure, Instant requestedAt) {
    }

    /** The partner's check-in page: today's check-in if any, open questionnaires, their own and shared answers. */
    public record MyProgress(MeasureDefinition checkIn, Answered today, List<OpenQuestionnaire> open,
                             List<Answered> mine, List<Answered> sharedWithMe, String otherPartnerName) {
    }

    /** A questionnaire asked of a couple, as the therapist sees it. */
    /** {@code askedOf}: 2 for both partners, 1 for one ({@code forPartner} names them). */
    public record RequestInfo(long id, String measureCode, String measureName, Instant requestedAt, int answered,
                              int askedOf, String forPartner) {
    }

    public enum SignalKind {
        SCORE_DROP("Score drop"),
        TRUST_DIVERGENCE("Trust scores apart"),
        NO_HOMEWORK("No homework done"),
        NO_CHECK_IN("No check-in"),
        ACCOUNTS_DIFFER("Accounts differ"),
        AFFAIR_PARTNER_CONTACT("Affair partner contact");

        private final String label;

        SignalKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Something a busy therapist should notice; {@code partnerName} is null when it concerns both. */
    /**
     * A signal's words, with the days it names kept as days ({@link LocalDate} parts), so each reader gets them in
     * their own format: the dashboard in the viewer's locale ({@link #text(Function)}), the PDF report in English.
     */
    public record Signal(SignalKind kind, String partnerName, List<Object> parts) {

        private static final java.time.format.DateTimeFormatter ENGLISH_DAY =
                java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);

        public Signal {
            parts = List.copyOf(parts);
        }

        Signal(SignalKind kind, String partnerName, String text) {
            this(kind, partnerName, List.of(text));
        }

        /** The words, each day written by {@code day}. */
        public String text(java.util.function.Function<LocalDate, String> day) {
            var text = new StringBuilder();
            for (Object part : parts) {
                text.append(part instanceof LocalDate date ? day.apply(date) : part);
            }
            return text.toString();
        }

        /** The words with the days in English ("3 Dec"), as the PDF report and the logs write them. */
        public String text() {
            return text(ENGLISH_DAY::format);
        }
    }

    /** One point of a partner's series: the day and the scores of that answer (item key, or "total"). */
    public record Point(LocalDate day, Map<String, Double> values) {
    }

    public record Series(long partnerAccountId, String partnerName, List<Point> points) {
    }

    /** A questionnaire's totals over time per partner, with the instrument (for its range and cut-off). */
    public record QuestionnaireSeries(MeasureDefinition measure, List<Series> partners) {
    }

    /** Homework adherence of one week (Monday first) per partner; null when nothing was due that week. */
    public record WeekAdherence(LocalDate weekStart, Map<Long, Integer> percentByPartner,
                                Map<Long, int[]> doneAndDueByPartner) {
    }

    public record SessionMark(LocalDate day, boolean ended) {
    }

    /** How much and how lately a couple has worked on one practice, in sessions and homework. */
    public record Coverage(long practiceId, int number, String title, Phase phase, long sessions,
                           LocalDate lastSession, long homeworkDone, LocalDate lastHomework) {

        public LocalDate lastWorkedOn() {
            if (lastSession == null) {
                return lastHomework;
            }
            return lastHomework == null || lastSession.isAfter(lastHomework) ? lastSession : lastHomework;
        }

        public boolean touched() {
            return sessions > 0 || homeworkDone > 0;
        }
    }

    public record PartnerName(long accountId, String name) {
    }

    /** Everything the therapist's dashboard for one couple shows. */
    public record Dashboard(long coupleId, String coupleName, String therapistName, LocalDate startDate,
                            LocalDate today, List<PartnerName> partners, MeasureDefinition checkInMeasure,
                            List<Series> checkIns, List<QuestionnaireSeries> questionnaires,
                            List<WeekAdherence> adherence, List<SessionMark> sessions, List<Coverage> coverage,
                            List<Signal> signals, List<Answered> answers, List<RequestInfo> openRequests,
                            org.trustwork.recovery.Timeline timeline) {
    }

    /** One partner's latest check-in average and its change from the one before (null when unknown). */
    public record LatestScore(String partnerName, Double latest, Double change) {
    }

    /** A row of the caseload overview. */
    public record CaseloadRow(long coupleId, String displayName, String partnerNames, org.trustwork.couple.CoupleStatus status,
                              LocalDate startDate, Instant lastSession, Instant nextSession, Integer adherence,
                              List<LatestScore> latestScores, List<Signal> signals) {
    }
}
