package org.trustwork.security;

/**
 * Whether a therapist currently holds time-limited emergency access to a couple that is not theirs.
 * Implemented by the emergency-access feature (which audits grants and so cannot live in this package).
 */
public interface EmergencyAccessCheck {

    boolean hasActiveGrant(long therapistAccountId, long coupleId);
}
