package org.trustwork.couple;

import java.time.LocalDate;
import java.util.List;

/**
 * A couple as a row in a list: no clinical content. {@code closedOn} is set for closed couples;
 * {@code reopenable} says whether an admin may still take them back (the retention period has not run out).
 */
public record CoupleSummary(long id, String displayName, CoupleStatus status, LocalDate startDate,
                            String therapistName, List<PartnerInfo> partners, LocalDate closedOn,
                            boolean reopenable) {

    public String partnerNames() {
        return String.join(" & ", partners.stream().map(PartnerInfo::displayName).toList());
    }
}
