package org.trustwork.homework;

import org.springframework.context.ApplicationEventPublisher;
import org.trustwork.base.ClinicCalendar;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.trustwork.couple.PartnerInfo;
import org.trustwork.homework.HomeworkViews.Adherence;
import org.trustwork.homework.HomeworkViews.Board;
import org.trustwork.homework.HomeworkViews.BoardReflection;
import org.trustwork.homework.HomeworkViews.Schedule;
import org.trustwork.homework.HomeworkViews.BoardRow;
import org.trustwork.homework.HomeworkViews.PartnerTask;
import org.trustwork.homework.HomeworkViews.Reflection;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;
import org.trustwork.security.AccessPolicy;
import org.trustwork.security.CurrentUser;

/**
 * Homework from assignment to reflection. Therapists reach the couples in their care; a partner reaches
 * their own couple's homework that is meant for them, and of the other partner's reflections only those
 * shared with them.
 */
@Service
@Validated
public class HomeworkService {


    private final HomeworkAssignmentRepository assignments;
    private final HomeworkOccurrenceRepository occurrences;
    private final HomeworkReflectionRepository reflections;
    private final HomeworkLandingRepository landings;
    private final CoupleService couples;
    private final PracticeService practices;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final ClinicCalendar calendar;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final org.trustwork.safety.SafetyService safety;

    HomeworkService(HomeworkAssignmentRepository assignments, HomeworkOccurrenceRepository occurrences,
                    HomeworkReflectionRepository reflections, HomeworkLandingRepository landings, CoupleService couples, PracticeService practices,
                    AccessPolicy accessPolicy, CurrentUser currentUser, ClinicCalendar calendar,
                    ApplicationEventPublisher events, AuditLog audit, org.trustwork.safety.SafetyService safety) {
        this.safety = safety;
        this.assignments = assignments;
        this.occurrences = occurrences;
        this.reflections = reflections;
        this.landings = landings;
        this.couples = couples;
        this.practices = practices;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.events = events;
        this.audit = audit;
    }

    /** Heads the hurt partner's own part in a default exercise. */
    public static final String HURT_PARTNER_PART = "The hurt partner's own part: ";

    /** A form pre-filled from the practice's default exercise, due in a week. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public NewHomework draftFrom(long practiceId) {
        PracticeInfo practice = practices.byId(practiceId)
                .orElseThrow(() -> new IllegalArgumentException("No such practice"));
        var form = new NewHomework();
        form.setPracticeId(practice.id());
        form.setTitle(practice.homework().title());
        // The hurt partner's own part travels with the exercise, labelled, so the partner finds it on their card.
        form.setInstructions(practice.hasHurtPartnerPart()
                ? practice.homework().instructions() + "\n\n" + HURT_PARTNER_PART + practice.hurtPartnerPart()
                : practice.homework().instructions());
        form.setCadence(practice.homework().cadence());
        form.setTimesPerWeek(practice.homework().timesPerWeek());
        LocalDate today = calendar.today();
        form.setStartDate(today);
        form.setEndDate(practice.homework().cadence() == Cadence.ONCE ? today.plusWeeks(1) : today.plusWeeks(2));
        return form;
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public long assign(long coupleId, @Valid NewHomework form) {
        CoupleDetails couple = coupleInMyCare(coupleId);
        if (form.getAssigneeAccountId() != null && couple.partners().stream()
                .noneMatch(p -> p.accountId() == form.getAssigneeAccountId())) {
            throw new IllegalArgumentException("The homework can only go to one of this couple's partners.");
        }
        practices.byId(form.getPracticeId()).orElseThrow(() -> new IllegalArgumentException("No such practice"));
        safety.heldBackReason(coupleId, form.getPracticeId()).ifPresent(reason -> {
            throw new HomeworkException(reason);
        });
        LocalDate start = form.getCadence() == Cadence.ONCE || form.getStartDate() == null
                ? calendar.today() : form.getStartDate();
        var assignment = new HomeworkAssignment(coupleId, form.getPracticeId(), form.getSessionId(),
                currentUser.accountId(), form.getAssigneeAccountId(), form.getTitle().strip(),
                form.getInstructions().strip(), Text.blankToNull(form.getNoteToPartners()), form.getCadence(),
                form.getTimesPerWeek(), start.isAfter(form.getEndDate()) ? form.getEndDate() : start,
                form.getEndDate());
        assignments.saveAndFlush(assignment);
        audit.record(AuditKind.CHANGE, AuditTarget.of("homework", assignment.getId(), coupleId),
                "homework assigned from practice " + form.getPracticeId() + ", " + form.getCadence()
                        + " until " + assignment.getEndDate()
                        + (form.getAssigneeAccountId() == null ? ", for both partners" : ", for one partner"));
        events.publishEvent(new HomeworkEvent.HomeworkAssigned(couple.id(), couple.therapistAccountId(),
                assignment.getId()));
        return assignment.getId();
    }

    /** The therapist's board for one couple: progress per assignment, adherence per partner, shared reflections. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public Board board(long coupleId) {
        CoupleDetails couple = coupleInMyCare(coupleId);
        audit.record(AuditKind.VIEW, AuditTarget.couple(coupleId), "homework board with reflections");
        LocalDate today = calendar.today();
        List<HomeworkAssignment> active = assignments.findActiveWithOccurrences(coupleId);
        Map<Long, PracticeInfo> catalogue = catalogue();
        Map<Long, String> names = names(couple);

        List<BoardRow> rows = active.stream().map(a -> {
            // Done early counts as done; open ones count once their day has passed.
            var dueSoFar = a.getOccurrences().stream()
                    .filter(o -> o.isDone() || o.getDueDate().isBefore(today)).toList();
            int done = (int) dueSoFar.stream().filter(HomeworkOccurrence::isDone).count();
            LocalDate nextDue = a.getOccurrences().stream().filter(o -> !o.isDone() && !o.getDueDate().isBefore(today))
                    .map(HomeworkOccurrence::getDueDate).min(Comparator.naturalOrder()).orElse(null);
            return new BoardRow(a.getId(), a.getTitle(), catalogue.get(a.getPracticeId()).title(),
                    a.getAssigneeAccountId() == null ? "Both, together" : names.get(a.getAssigneeAccountId()),
                    new Schedule(a.getCadence(), a.getTimesPerWeek(), a.getEndDate()), dueSoFar.size(), done, dueSoFar.size() - done, nextDue,
                    a.getOccurrences().stream().anyMatch(o -> !o.getDueDate().isBefore(today)));
        }).toList();

        Map<String, Adherence> adherence = new LinkedHashMap<>();
        for (PartnerInfo partner : couple.partners()) {
            adherence.put(partner.displayName(), new Adherence(
                    AdherenceCalculator.percent(active, partner.accountId(), today, 2),
                    AdherenceCalculator.percent(active, partner.accountId(), today, 6)));
        }

        Map<Long, HomeworkOccurrence> byId = active.stream().flatMap(a -> a.getOccurrences().stream())
                .collect(Collectors.toMap(HomeworkOccurrence::getId, Function.identity()));
        List<BoardReflection> shared = byId.isEmpty() ? List.of() : reflections.findByOccurrenceIdIn(byId.keySet())
                .stream()
                .sorted(Comparator.comparing(HomeworkReflection::getUpdatedAt).reversed())
                .map(r -> new BoardReflection(names.get(r.getAuthorId()),
                        byId.get(r.getOccurrenceId()).getAssignment().getTitle(),
                        byId.get(r.getOccurrenceId()).getDueDate(), reflection(r, names)))
                .toList();
        return new Board(rows, adherence, shared);
    }

    /** Adherence of one couple's partners over the last two weeks, for lists such as the caseload. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Integer coupleAdherenceLastTwoWeeks(long coupleId) {
        CoupleDetails couple = coupleInMyCare(coupleId);
        return AdherenceCalculator.coupleAverage(assignments.findActiveWithOccurrences(coupleId),
                couple.partners().stream().map(PartnerInfo::accountId).toList(), calendar.today(), 2);
    }

    /**
     * Homework occurrences of couples in the signed-in therapist's care, due on or after a day, for progress
     * charts and caseload figures: one statement however many couples; couples not in their care yield nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<HomeworkFact> progressFacts(Collection<Long> coupleIds, LocalDate since) {
        if (coupleIds.isEmpty()) {
            return List.of();
        }
        long me = currentUser.accountId();
        List<HomeworkOccurrence> found = coupleIds.size() == 1
                ? occurrences.findForProgressOfCouple(coupleIds.iterator().next(), since, me)
                : occurrences.findForProgress(coupleIds, since, me);
        return found.stream().map(this::fact).toList();
    }

    /**
     * All progress facts of one couple without the caseload check, for admins only, for the couple's data export (a
     * {@code CoupleExportPart}), whose caller has already decided that this couple may be exported.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<HomeworkFact> progressFactsForExport(long coupleId) {
        return occurrences.findForExport(coupleId).stream().map(this::fact).toList();
    }

    private HomeworkFact fact(HomeworkOccurrence o) {
        return new HomeworkFact(o.getAssignment().getCoupleId(), o.getAssignment().getPracticeId(),
                o.getAssignment().getAssigneeAccountId(), o.getDueDate(),
                o.isDone() ? calendar.dayOf(o.getCompletedAt()) : null, o.getCompletedBy());
    }

    /** How many days a missed occurrence stays on the partner's list; older ones are only in their history. */
    public static final int MISSED_SHOWN_DAYS = 14;

    /** The signed-in partner's homework: everything meant for them in their couple, oldest due first. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public List<PartnerTask> myTasks() {
        return tasksOfMine(o -> true, Comparator.naturalOrder(), "own homework list");
    }

    /**
     * What the partner's homework page shows: the signed-in partner's homework due in the last
     * {@link #MISSED_SHOWN_DAYS} days or later, oldest due first. Older occurrences are in {@link #myHistory()}.
     */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public List<PartnerTask> myCurrentTasks() {
        LocalDate since = calendar.today().minusDays(MISSED_SHOWN_DAYS);
        return tasksOfMine(o -> !o.getDueDate().isBefore(since), Comparator.naturalOrder(), "own homework list");
    }

    /** Everything of the signed-in partner's that was due before today, done or not, most recent first. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public List<PartnerTask> myHistory() {
        LocalDate today = calendar.today();
        return tasksOfMine(o -> o.getDueDate().isBefore(today), Comparator.reverseOrder(), "own homework history");
    }

    private List<PartnerTask> tasksOfMine(java.util.function.Predicate<HomeworkOccurrence> which,
                                          Comparator<LocalDate> byDue, String audited) {
        CoupleDetails couple = couples.myCouple();
        audit.record(AuditKind.VIEW, AuditTarget.couple(couple.id()), audited);
        long me = currentUser.accountId();
        Map<Long, PracticeInfo> catalogue = catalogue();
        Map<Long, String> names = names(couple);
        LocalDate today = calendar.today();
        List<HomeworkOccurrence> mine = assignments.findActiveWithOccurrences(couple.id()).stream()
                .filter(a -> a.isFor(me))
                .flatMap(a -> a.getOccurrences().stream())
                .filter(which)
                .sorted(Comparator.comparing(HomeworkOccurrence::getDueDate, byDue)
                        .thenComparing(HomeworkOccurrence::getSequenceNo))
                .toList();
        // Of the other partner's answers about what I did, only those they chose to share with me.
        Map<Long, HomeworkLanding> landedShared = mine.isEmpty() ? Map.of()
                : landings.findByOccurrenceIdIn(mine.stream().filter(o -> Objects.equals(o.getCompletedBy(), me))
                        .map(HomeworkOccurrence::getId).toList()).stream()
                .filter(l -> l.getAuthorId() != me && l.isSharedWithDoer())
                .collect(Collectors.toMap(HomeworkLanding::getOccurrenceId, l -> l, (x, y) -> x));
        Map<Long, List<HomeworkReflection>> reflectionsByOccurrence = mine.isEmpty() ? Map.of()
                : reflections.findByOccurrenceIdIn(mine.stream().map(HomeworkOccurrence::getId).toList()).stream()
                .collect(Collectors.groupingBy(HomeworkReflection::getOccurrenceId));
        return mine.stream().map(o -> {
            HomeworkAssignment a = o.getAssignment();
            PracticeInfo practice = catalogue.get(a.getPracticeId());
            var theirs = reflectionsByOccurrence.getOrDefault(o.getId(), List.of());
            Reflection own = theirs.stream().filter(r -> r.getAuthorId() == me).findFirst()
                    .map(r -> reflection(r, names)).orElse(null);
            List<Reflection> shared = theirs.stream()
                    .filter(r -> r.getAuthorId() != me && r.getVisibility() == ReflectionVisibility.THERAPIST_AND_PARTNER)
                    .map(r -> reflection(r, names)).toList();
            return new PartnerTask(o.getId(), a.getId(), a.getTitle(), a.getInstructions(), a.getNoteToPartners(),
                    practice.title(), practice.slug(), o.getDueDate(), a.getAssigneeAccountId() == null,
                    o.getCompletedAt(), o.getCompletedBy() == null ? null : names.get(o.getCompletedBy()),
                    canUndo(o, me, today), own, shared, Objects.equals(o.getCompletedBy(), me)
                    && landedShared.containsKey(o.getId()) ? landing(landedShared.get(o.getId()), names) : null);
        }).toList();
    }

    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void markDone(long occurrenceId) {
        HomeworkOccurrence occurrence = myOccurrence(occurrenceId);
        occurrence.complete(calendar.now(), currentUser.accountId());
        occurrences.saveAndFlush(occurrence);
        audited(occurrence, "homework marked done");
        CoupleDetails couple = couples.myCouple();
        events.publishEvent(new HomeworkEvent.HomeworkCompleted(couple.id(), couple.therapistAccountId(), occurrenceId));
    }

    /** Takes back a "done" the same day it was given, by the partner who gave it. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void undo(long occurrenceId) {
        HomeworkOccurrence occurrence = myOccurrence(occurrenceId);
        if (!canUndo(occurrence, currentUser.accountId(), calendar.today())) {
            throw new HomeworkException("A completion can only be undone on the day it was marked, by who marked it.");
        }
        occurrence.undo();
        occurrences.saveAndFlush(occurrence);
        audited(occurrence, "homework completion taken back");
        CoupleDetails couple = couples.myCouple();
        events.publishEvent(new HomeworkEvent.HomeworkReopened(couple.id(), couple.therapistAccountId(), occurrenceId));
    }

    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void reflect(long occurrenceId, @Size(max = HomeworkReflection.BODY_MAX) String text,
                        @Min(1) @Max(5) int difficulty, @Min(1) @Max(5) int helpfulness,
                        @NotNull ReflectionVisibility visibility) {
        HomeworkOccurrence occurrence = myOccurrence(occurrenceId);
        long me = currentUser.accountId();
        HomeworkReflection reflection = reflections.findByOccurrenceIdAndAuthorId(occurrenceId, me)
                .orElseGet(() -> new HomeworkReflection(occurrenceId, me));
        reflection.write(Text.blankToNull(text), difficulty, helpfulness, visibility);
        reflections.saveAndFlush(reflection);
        audited(occurrence, "reflection saved, " + (visibility == ReflectionVisibility.THERAPIST_ONLY
                ? "for the therapist only" : "shared with the partner"));
        CoupleDetails couple = couples.myCouple();
        events.publishEvent(new HomeworkEvent.ReflectionWritten(couple.id(), couple.therapistAccountId(), occurrenceId));
    }

    /**
     * What the other partner marked done in the last {@value TwoSidedLog#WINDOW_DAYS} days, newest first, with the
     * signed-in partner's own answer about how it landed, if any. Includes one-partner homework that is not theirs
     * to do: how it lands is theirs to say.
     */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public List<HomeworkViews.PartnersPractice> myPartnersPractice() {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        LocalDate from = TwoSidedLog.windowStart(calendar.today());
        Map<Long, String> names = names(couple);
        List<HomeworkOccurrence> theirs = assignments.findActiveWithOccurrences(couple.id()).stream()
                .flatMap(a -> a.getOccurrences().stream())
                .filter(o -> o.isDone() && !Objects.equals(o.getCompletedBy(), me)
                        && !calendar.dayOf(o.getCompletedAt()).isBefore(from))
                .sorted(Comparator.comparing(HomeworkOccurrence::getCompletedAt).reversed())
                .toList();
        if (theirs.isEmpty()) {
            return List.of();
        }
        audit.record(AuditKind.VIEW, AuditTarget.couple(couple.id()), "partner's practice, to say how it landed");
        Map<Long, HomeworkLanding> mine = landings.findByOccurrenceIdIn(theirs.stream().map(HomeworkOccurrence::getId)
                        .toList()).stream().filter(l -> l.getAuthorId() == me)
                .collect(Collectors.toMap(HomeworkLanding::getOccurrenceId, l -> l));
        Map<Long, PracticeInfo> catalogue = catalogue();
        return theirs.stream().map(o -> {
            HomeworkLanding l = mine.get(o.getId());
            return new HomeworkViews.PartnersPractice(o.getId(), o.getAssignment().getTitle(),
                    catalogue.get(o.getAssignment().getPracticeId()).title(), names.get(o.getCompletedBy()),
                    o.getDueDate(), calendar.dayOf(o.getCompletedAt()), l == null ? null : l.getLanded(), l == null ? null : l.getNote(),
                    l != null && l.isSharedWithDoer());
        }).toList();
    }

    /**
     * The signed-in partner says how a practice the other partner did landed for them. Only for an occurrence of
     * their own couple that the other partner marked done; {@code shareWithDoer} lets the one who did it read it.
     */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void sayHowItLanded(long occurrenceId, @NotNull HowItLanded landed,
                               @Size(max = HomeworkLanding.NOTE_MAX) String note, boolean shareWithDoer) {
        long coupleId = couples.myCouple().id();
        long me = currentUser.accountId();
        HomeworkOccurrence occurrence = occurrences.findWithAssignment(occurrenceId)
                .filter(o -> o.getAssignment().getCoupleId() == coupleId)
                .orElseThrow(() -> new AccessDeniedException("This homework is not your couple's"));
        if (!occurrence.isDone() || Objects.equals(occurrence.getCompletedBy(), me)) {
            throw new HomeworkException("You can say how it landed once your partner has marked it done.");
        }
        HomeworkLanding landing = landings.findByOccurrenceIdAndAuthorId(occurrenceId, me)
                .orElseGet(() -> new HomeworkLanding(occurrenceId, me));
        landing.answer(landed, Text.blankToNull(note), shareWithDoer);
        landings.saveAndFlush(landing);
        audited(occurrence, "said how the partner's practice landed, " + (shareWithDoer
                ? "shared with the partner" : "for the therapist only"));
        CoupleDetails couple = couples.myCouple();
        events.publishEvent(new HomeworkEvent.LandingWritten(couple.id(), couple.therapistAccountId(), occurrenceId));
    }

    /** The couple's two-sided log for their therapist: answers of the last six weeks, and whether they differ often. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public TwoSidedLog.Log twoSidedLog(long coupleId) {
        CoupleDetails couple = coupleInMyCare(coupleId);
        audit.record(AuditKind.VIEW, AuditTarget.couple(coupleId), "two-sided practice log");
        LocalDate today = calendar.today();
        Map<Long, String> names = names(couple);
        Map<Long, HomeworkOccurrence> done = assignments.findActiveWithOccurrences(coupleId).stream()
                .flatMap(a -> a.getOccurrences().stream())
                .filter(o -> o.isDone() && !calendar.dayOf(o.getCompletedAt()).isBefore(today.minusWeeks(6)))
                .collect(Collectors.toMap(HomeworkOccurrence::getId, Function.identity()));
        List<TwoSidedLog.Entry> entries = done.isEmpty() ? List.of() : landings.findByOccurrenceIdIn(done.keySet())
                .stream().map(l -> {
                    HomeworkOccurrence o = done.get(l.getOccurrenceId());
                    return new TwoSidedLog.Entry(o.getId(), o.getAssignment().getTitle(), calendar.dayOf(o.getCompletedAt()),
                            names.get(o.getCompletedBy()), names.get(l.getAuthorId()), l.getLanded(), l.getNote(),
                            l.isSharedWithDoer());
                })
                .sorted(Comparator.comparing(TwoSidedLog.Entry::doneOn).reversed()).toList();
        int[] counts = TwoSidedLog.count(entries.stream()
                .map(e -> new TwoSidedLog.Fact(coupleId, e.doneOn(), e.differs())).toList(), today);
        return new TwoSidedLog.Log(entries, counts[0], counts[1], TwoSidedLog.often(counts[0], counts[1]));
    }

    /**
     * Answers about occurrences done since a day, without words, for progress signals of couples in the signed-in
     * therapist's care (others yield nothing).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<TwoSidedLog.Fact> landingFacts(Collection<Long> coupleIds, LocalDate since) {
        if (coupleIds.isEmpty()) {
            return List.of();
        }
        // From the start of the day before, in any zone: the exact day is taken in the clinic's zone below.
        java.time.Instant from = since.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        return landings.findFactsOfCaseload(coupleIds, from, currentUser.accountId()).stream()
                .map(row -> new TwoSidedLog.Fact((Long) row[0], calendar.dayOf((java.time.Instant) row[1]),
                        TwoSidedLog.differs((HowItLanded) row[2])))
                .filter(f -> !f.doneOn().isBefore(since)).toList();
    }

    /** What was done to which occurrence; a reflection's words never go to the audit trail. */
    private void audited(HomeworkOccurrence occurrence, String what) {
        audit.record(AuditKind.CHANGE,
                AuditTarget.of("homework-occurrence", occurrence.getId(), occurrence.getAssignment().getCoupleId()), what);
    }

    private HomeworkOccurrence myOccurrence(long occurrenceId) {
        long coupleId = couples.myCouple().id();
        long me = currentUser.accountId();
        return occurrences.findWithAssignment(occurrenceId)
                .filter(o -> o.getAssignment().getCoupleId() == coupleId && o.getAssignment().isFor(me))
                .orElseThrow(() -> new AccessDeniedException("This homework is not yours"));
    }

    private boolean canUndo(HomeworkOccurrence o, long me, LocalDate today) {
        return o.isDone() && Objects.equals(o.getCompletedBy(), me) && calendar.dayOf(o.getCompletedAt()).equals(today);
    }

    /** For adherence: due before today, or due today and already done (nobody is late before the day ends). */
    static boolean countsAsDue(HomeworkOccurrence o, LocalDate today) {
        return o.getDueDate().isBefore(today) || o.getDueDate().equals(today) && o.isDone();
    }

    private CoupleDetails coupleInMyCare(long coupleId) {
        accessPolicy.requireMayViewCouple(couples.careTeam(coupleId));
        return couples.couple(coupleId);
    }

    private Map<Long, PracticeInfo> catalogue() {
        return practices.search(PracticeFilter.ALL).stream().collect(Collectors.toMap(PracticeInfo::id, p -> p));
    }

    private static Map<Long, String> names(CoupleDetails couple) {
        return couple.partners().stream().collect(Collectors.toMap(PartnerInfo::accountId, PartnerInfo::displayName));
    }

    private static HomeworkViews.Landing landing(HomeworkLanding l, Map<Long, String> names) {
        return new HomeworkViews.Landing(names.get(l.getAuthorId()), l.getLanded(), l.getNote());
    }

    private static Reflection reflection(HomeworkReflection r, Map<Long, String> names) {
        return new Reflection(names.get(r.getAuthorId()), r.getBody(), r.getDifficulty(), r.getHelpfulness(),
                r.getVisibility(), r.getUpdatedAt());
    }
}
