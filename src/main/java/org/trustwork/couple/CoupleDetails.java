package org.trustwork.couple;

import java.time.LocalDate;
import java.util.List;

/** A couple's record as their therapist, or one of the partners, sees it. */
public record CoupleDetails(long id, String displayName, CoupleStatus status, LocalDate startDate, String goals,
                            long therapistAccountId, String therapistName, List<PartnerInfo> partners) {
}
