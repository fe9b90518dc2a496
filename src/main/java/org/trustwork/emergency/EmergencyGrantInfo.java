package org.trustwork.emergency;

import java.time.Instant;

/** A grant as screens show it: who may see which couple, why, granted by whom, and until when. */
public record EmergencyGrantInfo(long id, long coupleId, String coupleName, String therapistName,
                                 String grantedByName, String reason, Instant from, Instant until, boolean active,
                                 boolean revoked) {
}
