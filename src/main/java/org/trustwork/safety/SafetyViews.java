package org.trustwork.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the safety module hands to screens: detached records, each checked for the person asking. */
public final class SafetyViews {

    private SafetyViews() {
    }

    /** One partner's screen status for their therapist; {@code waiting} also when an older result still stands. */
    public record PartnerStatus(long partnerAccountId, String partnerName, ScreenStatus status, boolean waiting,
                                Instant lastAnsweredAt, LocalDate followedUpOn, boolean mayRecordFollowUp) {

        /** "needs follow-up", or "needs follow-up · asked again, waiting". */
        public String label() {
            if (waiting && status != ScreenStatus.WAITING) {
                return status.label() + " · asked again, waiting";
            }
            return status.label();
        }
    }

    /** One answered screen with its answers, for the partner who gave them and their therapist only. */
    public record AnsweredScreen(long screenId, Instant answeredAt, boolean positive, List<Answer> answers,
                                 FollowUp followUp) {
    }

    public record Answer(String question, boolean yes) {
    }

    public record FollowUp(LocalDate heldOn, FollowUpDecision decision, String note, String recordedBy) {
    }
}
