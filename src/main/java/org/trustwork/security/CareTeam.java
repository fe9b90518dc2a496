package org.trustwork.security;

import java.util.Set;

/**
 * The people allowed near one couple's clinical record: their therapist and the two partners (and, for a
 * limited time, a therapist with emergency access to the couple, see {@link EmergencyAccessCheck}).
 */
public record CareTeam(Long coupleId, long therapistAccountId, Set<Long> partnerAccountIds) {

    public CareTeam {
        partnerAccountIds = Set.copyOf(partnerAccountIds);
    }

    /** A care team without its couple id: no emergency access can apply to it. */
    public CareTeam(long therapistAccountId, Set<Long> partnerAccountIds) {
        this(null, therapistAccountId, partnerAccountIds);
    }
}
