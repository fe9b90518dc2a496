package org.trustwork.recovery;

import org.springframework.context.ApplicationEventPublisher;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.base.domain.Text;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.practice.Phase;
import org.trustwork.security.AccessPolicy;
import org.trustwork.security.CurrentUser;

/**
 * A couple's story: markers (the days that changed things), the phase the therapist set, and the anniversary
 * reminder a partner may ask for. The therapist sees everything of the couples in their care; a partner sees what
 * is shared with both and what is private to them, never what is private to the other partner.
 */
@Service
@Validated
public class RecoveryService {

    /** How long the therapist is alerted to contact from the affair partner after it was logged. */
    public static final int CONTACT_ALERT_DAYS = 14;
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private final RecoveryMarkerRepository markers;
    private final CouplePhaseRepository phases;
    private final CoupleService couples;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final ClinicCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;

    RecoveryService(RecoveryMarkerRepository markers, CouplePhaseRepository phases, CoupleService couples,
                    AccessPolicy accessPolicy, CurrentUser currentUser, ClinicCalendar calendar, AuditLog audit,
                    ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.markers = markers;
        this.phases = phases;
        this.couples = couples;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
    }


    // ---- partners ----

    /** The signed-in partner's view of their couple's story: shared markers and their own private ones. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public Timeline myTimeline() {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        audit.record(AuditKind.VIEW, AuditTarget.couple(couple.id()), "own recovery timeline");
        return build(couple, markers.findByCoupleIdOrderByDayAscIdAsc(couple.id()),
                phases.findByCoupleIdOrderBySinceAsc(couple.id()), m -> m.visibleToPartner(me), me);
    }

    /**
     * The signed-in partner logs a day. Contact from the affair partner is always private to them and the
     * therapist (and alerts the therapist); anything else is private when they ask for it.
     */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public long logMine(@Valid @NotNull NewMarker form) {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        checkDay(form.getDay());
        boolean keepPrivate = form.getKind().alwaysPrivate() || form.isKeepPrivate();
        var marker = new RecoveryMarker(couple.id(), form.getKind(), form.getDay(), Text.blankToNull(form.getNote()),
                me, keepPrivate ? me : null);
        markers.saveAndFlush(marker);
        // The kind is recorded, never the note: a trigger's words are not the audit trail's business.
        audit.record(AuditKind.CHANGE, AuditTarget.of("recovery-marker", marker.getId(), couple.id()),
                form.getKind().name().toLowerCase() + " logged by a partner" + (keepPrivate ? ", private" : ""));
        changed(couple);
        return marker.getId();
    }

    /** Takes back a marker the signed-in person logged (partner or therapist). */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST_OR_PARTNER)
    public void remove(long markerId) {
        RecoveryMarker marker = markers.findById(markerId)
                .filter(m -> m.getLoggedBy() == currentUser.accountId())
                .orElseThrow(() -> new AccessDeniedException("Only who logged a marker can remove it"));
        accessPolicy.requireMayViewCouple(couples.careTeam(marker.getCoupleId()));
        markers.delete(marker);
        audit.record(AuditKind.CHANGE, AuditTarget.of("recovery-marker", markerId, marker.getCoupleId()),
                marker.getKind().name().toLowerCase() + " removed");
        changed(couples.couple(marker.getCoupleId()));
    }

    /** Days before each anniversary of discovery day the partner is reminded, or empty: no reminder (the default). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public Optional<Integer> myAnniversaryReminder() {
        return jdbc.queryForList("select days_before from anniversary_reminder where account_id = ?", Integer.class,
                currentUser.accountId()).stream().findFirst();
    }

    /** Opts the signed-in partner in ({@code daysBefore} 1 to 14) or out (null) of the anniversary reminder. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void setMyAnniversaryReminder(@Min(1) @Max(14) Integer daysBefore) {
        long me = currentUser.accountId();
        couples.myCouple();
        jdbc.update("delete from anniversary_reminder where account_id = ?", me);
        if (daysBefore != null) {
            jdbc.update("insert into anniversary_reminder (account_id, days_before) values (?, ?)", me, daysBefore);
        }
    }

    // ---- therapists ----

    /** Everything of a couple in the signed-in therapist's care, private markers marked as such. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public Timeline timeline(long coupleId) {
        CoupleDetails couple = coupleInMyCare(coupleId);
        audit.record(AuditKind.VIEW, AuditTarget.couple(coupleId), "recovery timeline");
        return build(couple, markers.findByCoupleIdOrderByDayAscIdAsc(coupleId),
                phases.findByCoupleIdOrderBySinceAsc(coupleId), m -> true, currentUser.accountId());
    }

    /**
     * The same without an audit entry, for the dashboard and reports that audit themselves and have the couple's
     * record loaded already (its names are used; access is checked here all the same).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Timeline timelineForProgress(CoupleDetails couple) {
        accessPolicy.requireMayViewCouple(couples.careTeam(couple.id()));
        return build(couple, markers.findByCoupleIdOrderByDayAscIdAsc(couple.id()),
                phases.findByCoupleIdOrderBySinceAsc(couple.id()), m -> true, currentUser.accountId());
    }

    /**
     * Timelines of several couples of the signed-in therapist, for the caseload: two statements however many;
     * couples not in their care yield an empty timeline. Partner names are not filled in.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Map<Long, Timeline> timelines(Collection<Long> coupleIds) {
        if (coupleIds.isEmpty()) {
            return Map.of();
        }
        long me = currentUser.accountId();
        Map<Long, List<RecoveryMarker>> m = markers.findOfCaseload(coupleIds, me).stream()
                .collect(Collectors.groupingBy(RecoveryMarker::getCoupleId));
        Map<Long, List<CouplePhase>> p = phases.findOfCaseload(coupleIds, me).stream()
                .collect(Collectors.groupingBy(CouplePhase::getCoupleId));
        Map<Long, Timeline> result = new HashMap<>();
        for (long id : coupleIds) {
            result.put(id, build(Map.of(), m.getOrDefault(id, List.of()), p.getOrDefault(id, List.of()), x -> true, me));
        }
        return result;
    }

    /** A therapist logs a day for the couple, seen by both partners (triggers and contact are partners' own). */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public long logForCouple(long coupleId, @Valid @NotNull NewMarker form) {
        CoupleDetails couple = coupleInMyCare(coupleId);
        if (!form.getKind().therapistMayLog()) {
            throw new RecoveryException(form.getKind().label() + " is logged by the partner it happened to.");
        }
        checkDay(form.getDay());
        var marker = new RecoveryMarker(coupleId, form.getKind(), form.getDay(), Text.blankToNull(form.getNote()),
                currentUser.accountId(), null);
        markers.saveAndFlush(marker);
        audit.record(AuditKind.CHANGE, AuditTarget.of("recovery-marker", marker.getId(), coupleId),
                form.getKind().name().toLowerCase() + " logged by the therapist");
        changed(couple);
        return marker.getId();
    }

    /** Sets the couple's phase from a day on; setting it again for the same day corrects it. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void setPhase(long coupleId, @NotNull Phase phase, @NotNull LocalDate since) {
        CoupleDetails couple = coupleInMyCare(coupleId);
        checkDay(since);
        CouplePhase row = phases.findByCoupleIdAndSince(coupleId, since).orElseGet(() -> new CouplePhase(coupleId, since));
        row.set(phase, currentUser.accountId());
        phases.saveAndFlush(row);
        audit.record(AuditKind.CHANGE, AuditTarget.couple(coupleId), "phase set to " + phase.label() + " from " + since);
        changed(couple);
    }

    // ---- the data export (admins, for the couple's data-rights ZIP; the export has checked the couple) ----

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public Timeline timelineForExport(long coupleId) {
        CoupleDetails couple = couples.coupleForExport(coupleId);
        return build(couple, markers.findByCoupleIdOrderByDayAscIdAsc(coupleId),
                phases.findByCoupleIdOrderBySinceAsc(coupleId), m -> true, -1);
    }

    // ---- building ----

    private Timeline build(CoupleDetails couple, List<RecoveryMarker> all, List<CouplePhase> phaseRows,
                           Predicate<RecoveryMarker> visible, long viewer) {
        Map<Long, String> names = new HashMap<>();
        couple.partners().forEach(p -> names.put(p.accountId(), p.displayName()));
        names.putIfAbsent(couple.therapistAccountId(), couple.therapistName());
        return build(names, all, phaseRows, visible, viewer);
    }

    private Timeline build(Map<Long, String> names, List<RecoveryMarker> all, List<CouplePhase> phaseRows,
                           Predicate<RecoveryMarker> visible, long viewer) {
        LocalDate today = calendar.today();
        List<Timeline.Marker> shown = new ArrayList<>();
        for (RecoveryMarker m : all) {
            if (!visible.test(m)) {
                continue;
            }
            String privateName = m.getPrivateTo() == null ? null : names.get(m.getPrivateTo());
            shown.add(new Timeline.Marker(m.getId(), m.getKind(), m.getDay(), m.getNote(), names.get(m.getLoggedBy()),
                    m.getPrivateTo(), privateName, 0, m.getLoggedBy() == viewer));
            if (m.getKind() == MarkerKind.DISCOVERY_DAY) {
                // Every year, up to the next one to come: it is what a partner may want to be ready for.
                for (int years = 1; !m.getDay().plusYears(years).isAfter(today.plusYears(1)); years++) {
                    shown.add(new Timeline.Marker(null, m.getKind(), m.getDay().plusYears(years), null, null,
                            m.getPrivateTo(), privateName, years, false));
                }
            }
        }
        shown.sort(Comparator.comparing(Timeline.Marker::day));
        List<Timeline.PhasePeriod> periods = new ArrayList<>();
        for (int i = 0; i < phaseRows.size(); i++) {
            CouplePhase p = phaseRows.get(i);
            LocalDate until = i + 1 < phaseRows.size() ? phaseRows.get(i + 1).getSince().minusDays(1) : null;
            periods.add(new Timeline.PhasePeriod(p.getPhase(), p.getSince(), until));
        }
        return new Timeline(periods, shown);
    }

    private void checkDay(LocalDate day) {
        if (day.isAfter(calendar.today())) {
            throw new RecoveryException("The day cannot be in the future.");
        }
        if (day.isBefore(EARLIEST)) {
            throw new RecoveryException("Please check the year.");
        }
    }

    private CoupleDetails coupleInMyCare(long coupleId) {
        accessPolicy.requireMayViewCouple(couples.careTeam(coupleId));
        return couples.couple(coupleId);
    }

    private void changed(CoupleDetails couple) {
        events.publishEvent(new RecoveryEvent.StoryChanged(couple.id(), couple.therapistAccountId()));
    }
}
