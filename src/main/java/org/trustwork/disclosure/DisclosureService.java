package org.trustwork.disclosure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.base.domain.HasText;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.PartnerInfo;
import org.trustwork.disclosure.DisclosureViews.MyDisclosure;
import org.trustwork.disclosure.DisclosureViews.MyPart;
import org.trustwork.disclosure.DisclosureViews.OwnQuestion;
import org.trustwork.disclosure.DisclosureViews.PartnerName;
import org.trustwork.disclosure.DisclosureViews.QuestionToAnswer;
import org.trustwork.disclosure.DisclosureViews.Readiness;
import org.trustwork.disclosure.DisclosureViews.ReadinessLine;
import org.trustwork.disclosure.DisclosureViews.SessionQuestion;
import org.trustwork.disclosure.DisclosureViews.SortedQuestion;
import org.trustwork.disclosure.DisclosureViews.TherapistQueue;
import org.trustwork.security.AccessPolicy;
import org.trustwork.security.CurrentUser;

/**
 * The disclosure-question queue. Every method works out who is asking and what they may see: the hurt partner their
 * own questions (drafts included), the therapist everything sent, the involved partner only questions approved and
 * released on a day that has come, in the clinic's calendar. A question outside the caller's reach gets the same
 * refusal whether it exists or not.
 */
@Service
@Validated
public class DisclosureService {

    private final DisclosureQuestionRepository questions;
    private final DisclosureRoleRepository roles;
    private final ReadinessTickRepository ticks;
    private final DisclosureAgendaItemRepository agendaItems;
    private final CoupleService couples;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ObjectProvider<ReadinessSource> readinessSources;
    private final Clock clock;
    private final ZoneId zone;

    DisclosureService(DisclosureQuestionRepository questions, DisclosureRoleRepository roles,
                      ReadinessTickRepository ticks, DisclosureAgendaItemRepository agendaItems, CoupleService couples,
                      AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog audit,
                      ObjectProvider<ReadinessSource> readinessSources, Clock clock,
                      @Value("${trustwork.clinic.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
        this.questions = questions;
        this.roles = roles;
        this.ticks = ticks;
        this.agendaItems = agendaItems;
        this.couples = couples;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.audit = audit;
        this.readinessSources = readinessSources;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** Today in the clinic's time zone: release days are clinic days, wherever the server runs. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- partners -------------------------------------------------------------------------------------------

    /** The signed-in partner's page: their own questions if they are the hurt partner, released ones if involved. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public MyDisclosure mine() {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        String other = couple.partners().stream().filter(p -> p.accountId() != me).map(PartnerInfo::displayName)
                .findFirst().orElse("your partner");
        MyPart part = partOf(couple.id(), me);
        LocalDate today = today();
        return switch (part) {
            case HURT_PARTNER -> new MyDisclosure(couple.id(), part, other, questions
                    .findByCoupleIdAndAuthorAccountIdOrderByIdAsc(couple.id(), me).stream()
                    .map(q -> own(q, today)).toList(), List.of());
            case INVOLVED_PARTNER -> new MyDisclosure(couple.id(), part, other, List.of(),
                    questions.findReleased(couple.id(), today).stream().map(DisclosureService::toAnswer).toList());
            case NONE -> new MyDisclosure(couple.id(), part, other, List.of(), List.of());
        };
    }

    /** How many released questions wait for the involved partner's answer; 0 for anyone else. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public int myQuestionsToAnswer() {
        CoupleDetails couple = couples.myCouple();
        if (partOf(couple.id(), currentUser.accountId()) != MyPart.INVOLVED_PARTNER) {
            return 0;
        }
        return (int) questions.countReleasedUnanswered(couple.id(), today());
    }

    /** A new draft, private to the hurt partner until they send it. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public long draft(@HasText(message = "Write your question") @Size(max = DisclosureQuestion.TEXT_MAX) String text) {
        long coupleId = requireHurtPartner();
        return questions.save(new DisclosureQuestion(coupleId, currentUser.accountId(), text)).getId();
    }

    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void revise(long questionId,
                       @HasText(message = "Write your question") @Size(max = DisclosureQuestion.TEXT_MAX) String text) {
        ownQuestion(questionId).revise(text);
    }

    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void withdraw(long questionId) {
        ownQuestion(questionId).withdraw();
    }

    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void submit(long questionId) {
        ownQuestion(questionId).submit(clock.instant());
    }

    /** The involved partner's written answer; their therapist reads it first. A blank answer clears it. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void answer(long questionId, @Size(max = DisclosureQuestion.ANSWER_MAX) String text) {
        CoupleDetails couple = couples.myCouple();
        if (partOf(couple.id(), currentUser.accountId()) != MyPart.INVOLVED_PARTNER) {
            throw notYours();
        }
        DisclosureQuestion question = questions.findById(questionId)
                .filter(q -> q.coupleId() == couple.id() && q.isReleased(today())).orElseThrow(DisclosureService::notYours);
        question.answer(text, clock.instant());
    }

    // ---- therapist ------------------------------------------------------------------------------------------

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public TherapistQueue queue(long coupleId) {
        CoupleDetails couple = couples.couple(coupleId);
        Long hurt = roles.findByCoupleId(coupleId).map(DisclosureRole::hurtPartnerAccountId).orElse(null);
        LocalDate today = today();
        var sent = questions.findSentByCouple(coupleId).stream().map(q -> sorted(q, today)).toList();
        audit.record(AuditKind.VIEW, AuditTarget.couple(coupleId), "disclosure questions opened");
        return new TherapistQueue(coupleId, couple.displayName(), couple.partners().stream()
                .map(p -> new PartnerName(p.accountId(), p.displayName())).toList(), hurt,
                questions.countByCoupleId(coupleId) > 0, sent, readiness(coupleId, today), today);
    }

    /**
     * Which partner is the hurt partner. Fixed once the first question exists: questions belong to their author, and
     * swapping the parts afterwards would leave one partner's questions in the other's hands.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void designateHurtPartner(long coupleId, long partnerAccountId) {
        CoupleDetails couple = couples.couple(coupleId);
        if (couple.partners().stream().noneMatch(p -> p.accountId() == partnerAccountId)) {
            throw new DisclosureException("Choose one of the couple's two partners.");
        }
        Optional<DisclosureRole> existing = roles.findByCoupleId(coupleId);
        if (existing.map(r -> r.hurtPartnerAccountId() == partnerAccountId).orElse(false)) {
            return;
        }
        if (questions.countByCoupleId(coupleId) > 0) {
            throw new DisclosureException("Questions have already been written, so the hurt partner can no longer change.");
        }
        existing.ifPresentOrElse(r -> r.change(partnerAccountId, currentUser.accountId()),
                () -> roles.save(new DisclosureRole(coupleId, partnerAccountId, currentUser.accountId())));
        audit.record(AuditKind.CHANGE, AuditTarget.couple(coupleId), "hurt partner set for disclosure questions");
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void sort(long questionId, @NotNull QuestionStatus sorting) {
        if (!sorting.isSorting()) {
            throw new DisclosureException("Approve, discuss first or hold.");
        }
        DisclosureQuestion question = sentQuestion(questionId);
        question.sort(sorting, clock.instant());
        audit.record(AuditKind.CHANGE, AuditTarget.couple(question.coupleId()),
                "disclosure question " + questionId + " sorted: " + sorting);
    }

    /** A rewording the hurt partner alone sees; blank takes the suggestion back. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void suggestWording(long questionId, @Size(max = DisclosureQuestion.TEXT_MAX) String wording) {
        sentQuestion(questionId).suggestWording(wording);
    }

    /** Releases an approved question to the involved partner on {@code on} (today or later), not a day before. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void release(long questionId, @NotNull(message = "Choose the day to release it") LocalDate on) {
        DisclosureQuestion question = sentQuestion(questionId);
        question.release(on, today());
        audit.record(AuditKind.CHANGE, AuditTarget.couple(question.coupleId()),
                "disclosure question " + questionId + " to be released on " + on);
    }

    /** The outcome in session: answered, deferred to a day, or declined with a reason. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void mark(long questionId, @NotNull Outcome outcome, LocalDate deferredTo,
                     @Size(max = DisclosureQuestion.REASON_MAX) String declineReason) {
        DisclosureQuestion question = sentQuestion(questionId);
        if (!question.isReleased(today())) {
            throw new DisclosureException("Only a released question can be taken up in session.");
        }
        if (outcome == Outcome.DEFERRED && (deferredTo == null || !deferredTo.isAfter(today()))) {
            throw new DisclosureException("Choose a later day to come back to this question.");
        }
        if (outcome == Outcome.DECLINED && (declineReason == null || declineReason.isBlank())) {
            throw new DisclosureException("Write the reason for declining.");
        }
        question.mark(outcome, deferredTo, declineReason, clock.instant());
        audit.record(AuditKind.CHANGE, AuditTarget.couple(question.coupleId()),
                "disclosure question " + questionId + " marked " + outcome + " in session");
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Readiness readiness(long coupleId) {
        couples.couple(coupleId);
        return readiness(coupleId, today());
    }

    /** Ticks (with today's date) or unticks one checklist item. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void tick(long coupleId, @NotNull ReadinessItem item, boolean ticked) {
        couples.couple(coupleId);
        Optional<ReadinessTick> existing = ticks.findByCoupleIdAndItem(coupleId, item);
        if (ticked && existing.isEmpty()) {
            ticks.save(new ReadinessTick(coupleId, item, today(), currentUser.accountId()));
        } else if (!ticked) {
            existing.ifPresent(ticks::delete);
        }
        audit.record(AuditKind.CHANGE, AuditTarget.couple(coupleId),
                "disclosure readiness: " + item + (ticked ? " ticked" : " unticked"));
    }

    /**
     * Makes an agenda item of a session the couple's disclosure session, only when the readiness checklist is
     * complete. {@code addAgendaItem} is the session feature adding the item; it runs in this transaction, so a
     * refused check adds nothing.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public long scheduleDisclosureSession(long coupleId, long sessionId, LongSupplier addAgendaItem) {
        couples.couple(coupleId);
        if (roles.findByCoupleId(coupleId).isEmpty()) {
            throw new DisclosureException("Set who the hurt partner is on the couple's disclosure page first.");
        }
        Readiness readiness = readiness(coupleId, today());
        if (!readiness.ready()) {
            throw new DisclosureException("The readiness checklist is not complete: " + String.join("; ",
                    readiness.missing().stream().map(ReadinessItem::label).toList()) + ".");
        }
        long itemId = addAgendaItem.getAsLong();
        agendaItems.save(new DisclosureAgendaItem(coupleId, sessionId, itemId));
        audit.record(AuditKind.CHANGE, AuditTarget.couple(coupleId), "disclosure session scheduled (session "
                + sessionId + ")");
        return itemId;
    }

    /** Whether this agenda item is a disclosure session (of a couple in the therapist's care). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public boolean isDisclosureItem(long agendaItemId) {
        return agendaItems.findByAgendaItemId(agendaItemId)
                .filter(item -> accessPolicy.mayViewCouple(couples.careTeam(item.coupleId()))).isPresent();
    }

    /** The released questions in the order they are taken up, with the written answers, for the session screen. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<SessionQuestion> sessionQuestions(long coupleId) {
        couples.couple(coupleId);
        List<DisclosureQuestion> released = questions.findReleased(coupleId, today());
        List<SessionQuestion> result = new ArrayList<>();
        for (int i = 0; i < released.size(); i++) {
            DisclosureQuestion q = released.get(i);
            result.add(new SessionQuestion(q.getId(), i + 1, q.text(), q.answerText(), q.outcome(), q.deferredTo(),
                    q.declineReason()));
        }
        return result;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private MyPart partOf(long coupleId, long accountId) {
        return roles.findByCoupleId(coupleId)
                .map(r -> r.hurtPartnerAccountId() == accountId ? MyPart.HURT_PARTNER : MyPart.INVOLVED_PARTNER)
                .orElse(MyPart.NONE);
    }

    private long requireHurtPartner() {
        CoupleDetails couple = couples.myCouple();
        if (partOf(couple.id(), currentUser.accountId()) != MyPart.HURT_PARTNER) {
            throw new AccessDeniedException("Only the partner your therapist named can write disclosure questions");
        }
        return couple.id();
    }

    /** The hurt partner's own question; anybody else's, or a missing one, is the same refusal. */
    private DisclosureQuestion ownQuestion(long questionId) {
        long coupleId = requireHurtPartner();
        long me = currentUser.accountId();
        return questions.findById(questionId).filter(q -> q.coupleId() == coupleId && q.authorAccountId() == me)
                .orElseThrow(DisclosureService::notYours);
    }

    /** A sent question of a couple in this therapist's care; drafts are the hurt partner's alone. */
    private DisclosureQuestion sentQuestion(long questionId) {
        DisclosureQuestion question = questions.findById(questionId)
                .filter(q -> q.status() != QuestionStatus.DRAFT).orElseThrow(DisclosureService::notYours);
        accessPolicy.requireMayViewCouple(couples.careTeam(question.coupleId()));
        return question;
    }

    private Readiness readiness(long coupleId, LocalDate today) {
        Map<ReadinessItem, LocalDate> ticked = new EnumMap<>(ReadinessItem.class);
        ticks.findByCoupleId(coupleId).forEach(t -> ticked.put(t.item(), t.tickedOn()));
        Map<ReadinessItem, List<ReadinessSource.ReadinessAnswer>> automatic = new EnumMap<>(ReadinessItem.class);
        readinessSources.orderedStream().forEach(source -> source.answersFor(coupleId)
                .forEach(a -> automatic.computeIfAbsent(a.item(), i -> new ArrayList<>()).add(a)));
        List<ReadinessLine> lines = new ArrayList<>();
        for (ReadinessItem item : ReadinessItem.values()) {
            List<ReadinessSource.ReadinessAnswer> answers = automatic.getOrDefault(item, List.of());
            boolean blocked = answers.stream().anyMatch(a -> !a.met());
            boolean met = !blocked && (ticked.containsKey(item) || answers.stream().anyMatch(ReadinessSource.ReadinessAnswer::met));
            lines.add(new ReadinessLine(item, ticked.get(item), List.copyOf(answers), met));
        }
        return new Readiness(List.copyOf(lines));
    }

    private static OwnQuestion own(DisclosureQuestion q, LocalDate today) {
        return new OwnQuestion(q.getId(), q.text(), q.status(), q.suggestedWording(), q.releaseOn(),
                q.isReleased(today), q.outcome(), q.deferredTo(), q.declineReason());
    }

    private static QuestionToAnswer toAnswer(DisclosureQuestion q) {
        return new QuestionToAnswer(q.getId(), q.text(), q.releaseOn(), q.answerText(), q.answeredAt(), q.outcome(),
                q.deferredTo(), q.declineReason());
    }

    private static SortedQuestion sorted(DisclosureQuestion q, LocalDate today) {
        return new SortedQuestion(q.getId(), q.text(), q.status(), q.submittedAt(), q.suggestedWording(),
                q.releaseOn(), q.isReleased(today), q.answerText(), q.answeredAt(), q.outcome(), q.deferredTo(),
                q.declineReason());
    }

    private static AccessDeniedException notYours() {
        return new AccessDeniedException("This question is not yours to see");
    }
}
