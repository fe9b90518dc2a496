package org.trustwork.couple;

import java.time.LocalDate;
import java.util.List;

/** A couple as a row in a list: no clinical content. */
public record CoupleSummary(long id, String displayName, CoupleStatus status, LocalDate startDate,
                            String therapistName, List<PartnerInfo> partners) {

    public String partnerNames() {
        return String.join(" & ", partners.stream().map(PartnerInfo::displayName).toList());
    }
}
