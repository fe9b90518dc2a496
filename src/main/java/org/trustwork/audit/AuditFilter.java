package org.trustwork.audit;

import java.time.LocalDate;

/** The admin's audit search: text in the person's name or e-mail, one kind, one couple, a range of days. */
public record AuditFilter(String person, AuditKind kind, Long coupleId, LocalDate from, LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
