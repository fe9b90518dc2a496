package org.trustwork.safety;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
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
import org.trustwork.couple.CoupleSummary;
import org.trustwork.couple.PartnerInfo;
import org.trustwork.practice.PracticeService;
import org.trustwork.safety.SafetyViews.AnsweredScreen;
import org.trustwork.safety.SafetyViews.Answer;
import org.trustwork.safety.SafetyViews.FollowUp;
import org.trustwork.safety.SafetyViews.PartnerStatus;
import org.trustwork.security.AccessPolicy;
import org.trustwork.security.CurrentUser;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The safety screen: each partner answers on their own login, before joint work and whenever the therapist asks
 * again. Answers are seen by the partner who gave them, their therapist and a therapist covering under emergency
 * access, and by nobody else: never the other partner, never an admin. The audit trail says that a screen was
 * answered or viewed, never what it says, and its entries carry no couple id, so they stay out of the couple's
 * own trail (which the couple's data export hands to both partners).
 * <p>
 * Other features ask {@link #heldBackReason} before they put a practice on an agenda or assign it as homework.
 */
@Service
@Validated
public class SafetyService {

    /** Answers in the order given; the id breaks a tie between two answers in the same instant. */
    private static final Comparator<SafetyScreen> ANSWER_ORDER = Comparator.comparing(SafetyScreen::getAnsweredAt)
            .thenComparing(SafetyScreen::getId);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SafetyScreenRepository screens;
    private final SafetyFollowUpRepository followUps;
    private final ScreenCatalogue catalogue;
    private final CoupleService couples;
    private final PracticeService practices;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    SafetyService(SafetyScreenRepository screens, SafetyFollowUpRepository followUps, ScreenCatalogue catalogue,
                  CoupleService couples, PracticeService practices, AccessPolicy accessPolicy,
                  CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.screens = screens;
        this.followUps = followUps;
        this.catalogue = catalogue;
        this.couples = couples;
        this.practices = practices;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- The partner, on their own login ----

    /** Whether the signed-in partner has the screen to answer (the first time, or because their therapist asked). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public boolean isWaitingForMe() {
        CoupleDetails couple = couples.myCouple();
        return isWaiting(mine(couple.id()));
    }

    /**
     * Stores the signed-in partner's answers to the request waiting for them. With nothing waiting (a second tab,
     * a double tap) nothing is stored; either way the partner sees the same thank-you page.
     */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void answerMine(Map<String, Boolean> answers) {
        CoupleDetails couple = couples.myCouple();
        ScreenDefinition screen = catalogue.screen();
        boolean positive = screen.isPositive(answers);
        List<SafetyScreen> mine = mine(couple.id());
        SafetyScreen open;
        if (mine.isEmpty()) {
            open = new SafetyScreen(couple.id(), currentUser.accountId(), screen.code(), clock.instant(), null);
        } else if (!mine.getLast().isAnswered()) {
            open = mine.getLast();
        } else {
            return;
        }
        open.answer(answers, positive, clock.instant());
        screens.saveAndFlush(open);
        audit.record(AuditKind.CHANGE, target(open.getId()), "safety screen answered");
    }

    /**
     * The signed-in partner's own screens with their answers, as a JSON file: the part of their data that is
     * released only to them, never in the couple's export.
     */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public byte[] myAnswersFile() {
        CoupleDetails couple = couples.myCouple();
        ScreenDefinition screen = catalogue.screen();
        var rows = screens.findAnsweredWithAnswers(couple.id(), currentUser.accountId()).stream().map(s -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("requestedAt", s.getRequestedAt());
            row.put("answeredAt", s.getAnsweredAt());
            var answers = new LinkedHashMap<String, String>();
            screen.items().forEach(item -> answers.put(item.text(),
                    s.getAnswers().get(item.key()) == null ? "—" : s.getAnswers().get(item.key()) ? "yes" : "no"));
            row.put("answers", answers);
            return row;
        }).toList();
        var content = new LinkedHashMap<String, Object>();
        content.put("about", "Your own answers to \"" + screen.title() + "\". Only you and your therapist see them; "
                + "they are never part of the couple's data export and never reach your partner.");
        content.put("questions", screen.name() + ". " + screen.attribution());
        content.put("screens", rows);
        audit.record(AuditKind.EXPORT, new AuditTarget("safety-screen", null, null),
                "safety screen answers downloaded by the partner who gave them");
        return JSON.writeValueAsBytes(content);
    }

    // ---- The therapist (and a colleague covering under emergency access) ----

    /** Each partner's status for the couple's page; recorded in the audit trail as a view. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public List<PartnerStatus> statuses(long coupleId) {
        CoupleDetails couple = careOf(coupleId);
        List<PartnerStatus> statuses = statusesOf(couple.id(), couple.partners(),
                screens.findByCoupleIds(List.of(coupleId)));
        audit.record(AuditKind.VIEW, new AuditTarget("safety-screen-status", coupleId, null),
                "safety screen status viewed");
        return statuses;
    }

    /**
     * Each partner's status for the disclosure checklist ({@link SafetyReadiness}), which shows only whether the
     * screens are answered and followed up; not audited, like the caseload's status line.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<PartnerStatus> statusesForChecklist(long coupleId) {
        CoupleDetails couple = careOf(coupleId);
        return statusesOf(couple.id(), couple.partners(), screens.findByCoupleIds(List.of(coupleId)));
    }

    /** Status per partner for every couple of the signed-in therapist's caseload, in a fixed number of queries. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Map<Long, List<PartnerStatus>> caseloadStatuses() {
        List<CoupleSummary> caseload = couples.caseload(null, Pageable.unpaged());
        if (caseload.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<SafetyScreen>> byCouple = screens.findByCoupleIds(
                caseload.stream().map(CoupleSummary::id).toList()).stream()
                .collect(Collectors.groupingBy(SafetyScreen::getCoupleId));
        Map<Long, SafetyFollowUp> followed = followUpsOf(byCouple.values().stream().flatMap(List::stream).toList());
        Map<Long, List<PartnerStatus>> result = new LinkedHashMap<>();
        for (CoupleSummary c : caseload) {
            result.put(c.id(), statusesOf(c.partners(), byCouple.getOrDefault(c.id(), List.of()), followed));
        }
        return result;
    }

    /** One partner's answered screens, newest first, with their answers and follow-up; audited as a view. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public List<AnsweredScreen> answers(long coupleId, long partnerAccountId) {
        CoupleDetails couple = careOf(coupleId);
        requirePartner(couple, partnerAccountId);
        ScreenDefinition screen = catalogue.screen();
        List<SafetyScreen> answered = screens.findAnsweredWithAnswers(coupleId, partnerAccountId);
        Map<Long, SafetyFollowUp> followed = followUpsOf(answered);
        var result = answered.stream().map(s -> new AnsweredScreen(s.getId(), s.getAnsweredAt(), s.isPositive(),
                screen.items().stream().map(i -> new Answer(i.text(), Boolean.TRUE.equals(s.getAnswers().get(i.key()))))
                        .toList(),
                Optional.ofNullable(followed.get(s.getId())).map(f -> new FollowUp(f.getHeldOn(), f.getDecision(),
                        f.getNote(), null)).orElse(null))).toList();
        answered.forEach(s -> audit.record(AuditKind.VIEW, target(s.getId()), "safety screen answers viewed"));
        return result;
    }

    /** Asks both partners again (e.g. before a disclosure session): never one alone, which would single them out. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void askAgain(long coupleId) {
        CoupleDetails couple = careOf(coupleId);
        Map<Long, List<SafetyScreen>> byPartner = screens.findByCoupleIds(List.of(coupleId)).stream()
                .collect(Collectors.groupingBy(SafetyScreen::getPartnerAccountId));
        for (PartnerInfo partner : couple.partners()) {
            List<SafetyScreen> theirs = byPartner.getOrDefault(partner.accountId(), List.of());
            if (theirs.isEmpty() || theirs.getLast().isAnswered()) {
                var request = screens.saveAndFlush(new SafetyScreen(coupleId, partner.accountId(),
                        catalogue.screen().code(), clock.instant(), currentUser.accountId()));
                audit.record(AuditKind.CHANGE, target(request.getId()), "safety screen asked for again");
            }
        }
    }

    /**
     * Records the individual conversation after a screen: on the oldest positive screen still without one, else on
     * the partner's latest answered screen. Lifts the hold on practices once no positive screen lacks it.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void recordFollowUp(long coupleId, long partnerAccountId, @Valid FollowUpForm form) {
        CoupleDetails couple = careOf(coupleId);
        requirePartner(couple, partnerAccountId);
        List<SafetyScreen> theirs = screens.findByCoupleIds(List.of(coupleId)).stream()
                .filter(s -> s.getPartnerAccountId() == partnerAccountId).toList();
        SafetyScreen target = followUpTarget(theirs, followUpsOf(theirs))
                .orElseThrow(() -> new IllegalArgumentException("There is no answered screen to follow up yet."));
        followUps.saveAndFlush(new SafetyFollowUp(target.getId(), form.getHeldOn(), form.getDecision(),
                Text.blankToNull(form.getNote()), currentUser.accountId()));
        audit.record(AuditKind.CHANGE, target(target.getId()), "safety screen follow-up recorded");
    }

    /**
     * Why this practice cannot go on this couple's agenda or homework now, or empty if it can: a practice flagged
     * {@code heldBackUntilSafetyFollowUp} waits while a partner's positive screen has no follow-up. The reason
     * names the follow-up to record, never the answers. For the couple's therapist (or one covering).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Optional<String> heldBackReason(long coupleId, long practiceId) {
        CoupleDetails couple = careOf(coupleId);
        Set<Long> held = practices.heldBackUntilSafetyFollowUp();
        if (!held.contains(practiceId)) {
            return Optional.empty();
        }
        List<String> waiting = statusesOf(couple.id(), couple.partners(), screens.findByCoupleIds(List.of(coupleId)))
                .stream().filter(s -> s.status() == ScreenStatus.NEEDS_FOLLOW_UP).map(PartnerStatus::partnerName)
                .toList();
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("This practice is held back until you record the follow-up of "
                + String.join(" and ", waiting) + "'s safety screen (the couple's page, Safety screen, "
                + "\"Record follow-up\").");
    }

    // ---- Internals ----

    private List<SafetyScreen> mine(long coupleId) {
        return screens.findByPartner(currentUser.accountId()).stream().filter(s -> s.getCoupleId() == coupleId)
                .toList();
    }

    private static boolean isWaiting(List<SafetyScreen> theirs) {
        return theirs.isEmpty() || !theirs.getLast().isAnswered();
    }

    /** The couple, for their own therapist or a colleague covering under emergency access; refused for anyone else. */
    private CoupleDetails careOf(long coupleId) {
        accessPolicy.requireMayViewCouple(couples.careTeam(coupleId));
        return couples.couple(coupleId);
    }

    private static void requirePartner(CoupleDetails couple, long partnerAccountId) {
        if (couple.partners().stream().noneMatch(p -> p.accountId() == partnerAccountId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not a partner of this couple");
        }
    }

    private List<PartnerStatus> statusesOf(long coupleId, List<PartnerInfo> partners, List<SafetyScreen> all) {
        return statusesOf(partners, all, followUpsOf(all));
    }

    private static List<PartnerStatus> statusesOf(List<PartnerInfo> partners, List<SafetyScreen> all,
                                                  Map<Long, SafetyFollowUp> followed) {
        List<PartnerStatus> result = new ArrayList<>();
        for (PartnerInfo partner : partners) {
            List<SafetyScreen> theirs = all.stream().filter(s -> s.getPartnerAccountId() == partner.accountId())
                    .toList();
            List<SafetyScreen> answered = theirs.stream().filter(SafetyScreen::isAnswered).toList();
            boolean unfollowedPositive = answered.stream()
                    .anyMatch(s -> s.isPositive() && !followed.containsKey(s.getId()));
            ScreenStatus status;
            SafetyFollowUp followUp = null;
            if (unfollowedPositive) {
                status = ScreenStatus.NEEDS_FOLLOW_UP;
            } else if (answered.isEmpty()) {
                status = ScreenStatus.WAITING;
            } else {
                SafetyScreen latest = answered.stream().max(ANSWER_ORDER).orElseThrow();
                followUp = followed.get(latest.getId());
                status = latest.isPositive() ? ScreenStatus.FOLLOWED_UP : ScreenStatus.NO_FOLLOW_UP_NEEDED;
            }
            Instant last = answered.stream().map(SafetyScreen::getAnsweredAt).max(Comparator.naturalOrder())
                    .orElse(null);
            result.add(new PartnerStatus(partner.accountId(), partner.displayName(), status, isWaiting(theirs), last,
                    followUp == null ? null : followUp.getHeldOn(), followUpTarget(theirs, followed).isPresent()));
        }
        return result;
    }

    private static Optional<SafetyScreen> followUpTarget(List<SafetyScreen> theirs, Map<Long, SafetyFollowUp> followed) {
        List<SafetyScreen> answered = theirs.stream().filter(SafetyScreen::isAnswered)
                .sorted(ANSWER_ORDER).toList();
        return answered.stream().filter(s -> s.isPositive() && !followed.containsKey(s.getId())).findFirst()
                .or(() -> answered.isEmpty() || followed.containsKey(answered.getLast().getId())
                        ? Optional.empty() : Optional.of(answered.getLast()));
    }

    private Map<Long, SafetyFollowUp> followUpsOf(List<SafetyScreen> of) {
        List<Long> ids = of.stream().filter(SafetyScreen::isAnswered).map(SafetyScreen::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return followUps.findByScreenIdIn(ids).stream()
                .collect(Collectors.toMap(SafetyFollowUp::getScreenId, Function.identity()));
    }

    /** No couple id on purpose: the couple's own trail goes to both partners in their export. */
    private static AuditTarget target(long screenId) {
        return AuditTarget.of("safety-screen", screenId, null);
    }
}
