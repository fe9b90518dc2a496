package org.trustwork.security;

import java.util.Set;

/** The people allowed near one couple's clinical record: their therapist and the two partners. */
public record CareTeam(long therapistAccountId, Set<Long> partnerAccountIds) {

    public CareTeam {
        partnerAccountIds = Set.copyOf(partnerAccountIds);
    }
}
