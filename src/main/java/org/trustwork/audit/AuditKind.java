package org.trustwork.audit;

/** The kinds of things the audit trail records; the detail text says exactly what. */
public enum AuditKind {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    /** An account was created, changed, locked, deactivated, or its credentials reset. */
    ACCOUNT_CHANGE,
    /** Someone opened clinical data (a couple's record, notes, answers, a report). */
    VIEW,
    /** Clinical data was created or changed. */
    CHANGE,
    /** Clinical data left the app (PDF, CSV, ZIP). */
    EXPORT,
    /** Clinical data was deleted or anonymised. */
    DELETION,
    /** Access to a record was granted or withdrawn outside the normal care team (e.g. emergency access). */
    ACCESS_GRANT
}
