package org.trustwork.safety;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.disclosure.ReadinessItem;
import org.trustwork.disclosure.ReadinessSource;
import org.trustwork.safety.SafetyViews.PartnerStatus;

/**
 * The safety screen's answer to the disclosure checklist's first item: met only when both partners have answered
 * the latest screen and every positive one has a recorded follow-up. Nobody ticks this away by hand (an automatic
 * "not met" blocks the item, design note 0017), and the answer says nothing about what was answered.
 */
@Component
class SafetyReadiness implements ReadinessSource {

    private final SafetyService safety;
    private final ZoneId zone;

    SafetyReadiness(SafetyService safety, ClinicCalendar calendar) {
        this.safety = safety;
        this.zone = calendar.zone();
    }

    @Override
    public List<ReadinessAnswer> answersFor(long coupleId) {
        List<PartnerStatus> statuses;
        try {
            statuses = safety.statusesForChecklist(coupleId);
        } catch (AccessDeniedException notTheirTherapist) {
            return List.of();
        }
        boolean met = !statuses.isEmpty() && statuses.stream().allMatch(s -> !s.waiting()
                && (s.status() == ScreenStatus.NO_FOLLOW_UP_NEEDED || s.status() == ScreenStatus.FOLLOWED_UP));
        LocalDate asOf = statuses.stream()
                .map(s -> s.followedUpOn() != null ? s.followedUpOn()
                        : s.lastAnsweredAt() != null ? s.lastAnsweredAt().atZone(zone).toLocalDate() : null)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        return List.of(new ReadinessAnswer(ReadinessItem.SAFETY_SCREEN, met, asOf, "Safety screen"));
    }
}
