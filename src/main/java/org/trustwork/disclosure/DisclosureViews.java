package org.trustwork.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the disclosure feature hands to screens, one read model per person: each carries only what that person may
 * see, so a screen cannot show the involved partner a draft or the hurt partner the written answer by mistake.
 */
public final class DisclosureViews {

    private DisclosureViews() {
    }

    /** The signed-in partner's part in the disclosure work of their couple. */
    public enum MyPart { HURT_PARTNER, INVOLVED_PARTNER, NONE }

    /**
     * The partner's page. For the hurt partner {@code ownQuestions} is filled, for the involved partner
     * {@code toAnswer}; the other list is always empty.
     */
    public record MyDisclosure(long coupleId, MyPart part, String otherPartnerName, List<OwnQuestion> ownQuestions,
                               List<QuestionToAnswer> toAnswer) {
    }

    /**
     * A question as its author sees it: their words, where it stands, the therapist's suggested rewording (for them
     * alone), and the outcome once taken up in session. Never the involved partner's written answer.
     */
    public record OwnQuestion(long id, String text, QuestionStatus status, String suggestedWording,
                              LocalDate releaseOn, boolean released, Outcome outcome, LocalDate deferredTo,
                              String declineReason) {

        public boolean editable() {
            return status != QuestionStatus.WITHDRAWN && outcome == null;
        }
    }

    /** A released question as the involved partner sees it: no status history, no rewording, no therapist note. */
    public record QuestionToAnswer(long id, String text, LocalDate releasedOn, String answer, Instant answeredAt,
                                   Outcome outcome, LocalDate deferredTo, String declineReason) {

        public boolean answerable() {
            return outcome == null || outcome == Outcome.DEFERRED;
        }
    }

    /** A sent question as the therapist sorts it; drafts never appear here. */
    public record SortedQuestion(long id, String text, QuestionStatus status, Instant submittedAt,
                                 String suggestedWording, LocalDate releaseOn, boolean released, String answer,
                                 Instant answeredAt, Outcome outcome, LocalDate deferredTo, String declineReason) {
    }

    public record PartnerName(long accountId, String displayName) {
    }

    /** One checklist line: the therapist's tick (with its day) and any automatic answers from other features. */
    public record ReadinessLine(ReadinessItem item, LocalDate tickedOn, List<ReadinessSource.ReadinessAnswer> automatic,
                                boolean met) {
    }

    public record Readiness(List<ReadinessLine> lines) {

        public boolean ready() {
            return lines.stream().allMatch(ReadinessLine::met);
        }

        public List<ReadinessItem> missing() {
            return lines.stream().filter(l -> !l.met()).map(ReadinessLine::item).toList();
        }
    }

    /** The therapist's page for one couple. {@code hurtPartnerAccountId} is null until they designate one. */
    public record TherapistQueue(long coupleId, String coupleName, List<PartnerName> partners,
                                 Long hurtPartnerAccountId, boolean designationLocked, List<SortedQuestion> questions,
                                 Readiness readiness, LocalDate today) {

        public String nameOf(Long accountId) {
            return partners.stream().filter(p -> accountId != null && p.accountId() == accountId)
                    .map(PartnerName::displayName).findFirst().orElse("");
        }

        public String involvedPartnerName() {
            return partners.stream().filter(p -> hurtPartnerAccountId != null && p.accountId() != hurtPartnerAccountId)
                    .map(PartnerName::displayName).findFirst().orElse("the other partner");
        }
    }

    /** One released question on the disclosure session's agenda item, in the order it is taken up. */
    public record SessionQuestion(long id, int number, String text, String answer, Outcome outcome,
                                  LocalDate deferredTo, String declineReason) {
    }
}
