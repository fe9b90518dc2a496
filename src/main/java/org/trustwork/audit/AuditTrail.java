package org.trustwork.audit;

import java.nio.charset.StandardCharsets;
import org.trustwork.base.ClinicCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.Role;
import org.trustwork.base.domain.Csv;
import org.trustwork.base.domain.Text;

/**
 * The audit trail as admins search and export it. Reading only: nothing in the application edits or deletes an
 * entry. Entries never hold clinical text (services write what was done to which record, not what it says).
 */
@Service
public class AuditTrail {

    /** A cap on one export, so a mistaken "everything" cannot exhaust the server; narrow the filter for more. */
    public static final int EXPORT_MAX = 100_000;
    private static final Instant BEGINNING = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

    private final AuditEventRepository events;
    private final AuditLog audit;
    private final ZoneId zone;

    AuditTrail(AuditEventRepository events, AuditLog audit,
               ClinicCalendar calendar) {
        this.events = events;
        this.audit = audit;
        this.zone = calendar.zone();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        List<AuditEvent> found = events(filter, page);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] row : events.recordNames(found.stream().map(AuditEvent::getId).toList())) {
            String person = (String) row[2];
            String couple = (String) row[1];
            if (person != null || couple != null) {
                names.put(((Number) row[0]).longValue(), person != null ? person : couple);
            }
        }
        return found.stream().map(e -> AuditEntry.of(e, names.get(e.getId()))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public long count(AuditFilter filter) {
        return events.count(Text.searchNeedle(filter.person()), filter.kind() == null,
                filter.kind() == null ? AuditKind.VIEW : filter.kind(), filter.coupleId() == null,
                filter.coupleId() == null ? 0 : filter.coupleId(), start(filter.from()), end(filter.to()));
    }

    /** The filtered entries as CSV, newest first; the export itself is recorded in the trail. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public byte[] exportCsv(AuditFilter filter) {
        var out = new StringBuilder();
        Csv.row(out, "id", "occurred_at", "kind", "who", "record_type", "record_id", "couple_id", "detail", "from_address");
        for (AuditEntry e : query(filter, PageRequest.of(0, EXPORT_MAX))) {
            Csv.row(out, Long.toString(e.id()), e.occurredAt().toString(), e.kind().name(), e.actorName(),
                    e.recordType(), text(e.recordId()), text(e.coupleId()), e.detail(), e.remoteAddress());
        }
        audit.record(AuditKind.EXPORT, new AuditTarget("audit-log", null, filter.coupleId()),
                "audit log exported as CSV" + describe(filter));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<AuditEntry> query(AuditFilter filter, Pageable page) {
        return events(filter, page).stream().map(e -> AuditEntry.of(e, null)).toList();
    }

    private List<AuditEvent> events(AuditFilter filter, Pageable page) {
        return events.search(Text.searchNeedle(filter.person()), filter.kind() == null,
                filter.kind() == null ? AuditKind.VIEW : filter.kind(), filter.coupleId() == null,
                filter.coupleId() == null ? 0 : filter.coupleId(), start(filter.from()), end(filter.to()), page);
    }

    private Instant start(LocalDate from) {
        return from == null ? BEGINNING : from.atStartOfDay(zone).toInstant();
    }

    private Instant end(LocalDate to) {
        return to == null ? END : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String describe(AuditFilter f) {
        var parts = new StringBuilder();
        if (f.person() != null && !f.person().isBlank()) {
            parts.append(" person~").append(Text.storable(f.person()).strip());
        }
        if (f.kind() != null) {
            parts.append(" kind=").append(f.kind());
        }
        if (f.coupleId() != null) {
            parts.append(" couple=").append(f.coupleId());
        }
        if (f.from() != null) {
            parts.append(" from=").append(f.from());
        }
        if (f.to() != null) {
            parts.append(" to=").append(f.to());
        }
        return parts.isEmpty() ? " (everything)" : " (" + parts.toString().strip() + ")";
    }
}
