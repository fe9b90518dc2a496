package org.trustwork.progress;

import org.springframework.context.ApplicationEventPublisher;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.progress.ProgressViews.Answered;
import org.trustwork.progress.ProgressViews.MyProgress;
import org.trustwork.progress.ProgressViews.OpenQuestionnaire;
import org.trustwork.progress.ProgressViews.RequestInfo;
import org.trustwork.security.AccessPolicy;
import org.trustwork.security.CareTeam;
import org.trustwork.security.CurrentUser;

/**
 * Partners' check-ins and questionnaires. A partner answers for themself only; their answers reach the
 * therapist always and the other partner only when they chose to share them. Therapists ask their own
 * couples for a questionnaire.
 */
@Service
@Validated
public class CheckInService {

    private final MeasureCatalogue catalogue;
    private final MeasureRequestRepository requests;
    private final MeasureResponseRepository responses;
    private final CoupleService couples;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final ClinicCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CheckInService(MeasureCatalogue catalogue, MeasureRequestRepository requests, MeasureResponseRepository responses,
                   CoupleService couples, AccessPolicy accessPolicy, CurrentUser currentUser, ClinicCalendar calendar,
                   AuditLog audit, ApplicationEventPublisher events) {
        this.catalogue = catalogue;
        this.requests = requests;
        this.responses = responses;
        this.couples = couples;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
    }


    /** The signed-in partner's page: today's check-in, questionnaires to answer, own and shared answers. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public MyProgress mine() {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        Map<Long, String> names = names(couple);
        List<MeasureResponse> all = responses.findByCoupleWithAnswers(couple.id());
        LocalDate today = calendar.today();
        long checkInId = catalogue.idOf(MeasureCatalogue.CHECK_IN);
        Comparator<Answered> newestFirst = Comparator.comparing(Answered::answeredAt).reversed();
        List<Answered> mine = all.stream().filter(r -> r.getPartnerAccountId() == me)
                .map(r -> view(r, names, me)).sorted(newestFirst).toList();
        List<Answered> shared = all.stream().filter(r -> r.getPartnerAccountId() != me && r.isSharedWithPartner())
                .map(r -> view(r, names, me)).sorted(newestFirst).toList();
        Answered todays = all.stream().filter(r -> r.getPartnerAccountId() == me && r.getMeasureId() == checkInId
                        && r.getRequestId() == null && r.getAnsweredOn().equals(today))
                .findFirst().map(r -> view(r, names, me)).orElse(null);
        Set<Long> answered = all.stream().filter(r -> r.getPartnerAccountId() == me && r.getRequestId() != null)
                .map(MeasureResponse::getRequestId).collect(Collectors.toSet());
        List<OpenQuestionnaire> open = requests.findOpenByCouple(couple.id()).stream()
                .filter(r -> r.isFor(me) && !answered.contains(r.getId()))
                .map(r -> new OpenQuestionnaire(r.getId(), catalogue.byId(r.getMeasureId()), r.getRequestedAt()))
                .toList();
        String other = couple.partners().stream().filter(p -> p.accountId() != me).map(PartnerInfo::displayName)
                .findFirst().orElse("your partner");
        return new MyProgress(catalogue.checkIn(), todays, open, mine, shared, other);
    }

    /**
     * The questionnaires the therapist asked the signed-in partner's couple for that this partner has not answered
     * yet, newest first: for My homework and the navigation badge, without loading any answers.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public List<OpenQuestionnaire> myOpenQuestionnaires() {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        List<MeasureRequest> open = requests.findOpenByCouple(couple.id()).stream().filter(r -> r.isFor(me)).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Set<Long> answered = Set.copyOf(responses.answeredRequests(currentUser.accountId(),
                open.stream().map(MeasureRequest::getId).toList()));
        return open.stream().filter(r -> !answered.contains(r.getId()))
                .map(r -> new OpenQuestionnaire(r.getId(), catalogue.byId(r.getMeasureId()), r.getRequestedAt()))
                .toList();
    }

    /** Saves the signed-in partner's brief check-in; a second one on the same day replaces the first. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public long checkIn(@Valid @NotNull MeasureAnswers answers) {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        MeasureDefinition measure = catalogue.checkIn();
        long measureId = catalogue.idOf(measure.code());
        LocalDate today = calendar.today();
        MeasureResponse response = responses
                .findFirstByPartnerAccountIdAndMeasureIdAndAnsweredOnAndRequestIdIsNull(me, measureId, today)
                .orElseGet(() -> new MeasureResponse(couple.id(), measureId, null, me));
        return save(couple, measure, response, answers, "brief check-in saved");
    }

    /** Saves the signed-in partner's answers to a questionnaire their therapist asked for; once per request. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public long answer(long requestId, @Valid @NotNull MeasureAnswers answers) {
        CoupleDetails couple = couples.myCouple();
        long me = currentUser.accountId();
        MeasureRequest request = requests.findById(requestId)
                .filter(r -> r.getCoupleId() == couple.id() && r.isFor(me))
                .orElseThrow(() -> new AccessDeniedException("This questionnaire is not for you"));
        if (request.getCancelledAt() != null) {
            throw new ProgressException("Your therapist has withdrawn this questionnaire.");
        }
        if (!responses.answeredRequests(me, List.of(requestId)).isEmpty()) {
            throw new ProgressException("You have already answered this questionnaire.");
        }
        MeasureDefinition measure = catalogue.byId(request.getMeasureId());
        var response = new MeasureResponse(couple.id(), request.getMeasureId(), requestId, me);
        return save(couple, measure, response, answers, measure.shortName() + " answered");
    }

    /** The answering partner decides, and may change their mind, whether the other partner sees an answer. */
    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void share(long responseId, boolean shared) {
        CoupleDetails couple = couples.myCouple();
        MeasureResponse response = responses.findById(responseId)
                .filter(r -> r.getPartnerAccountId() == currentUser.accountId() && r.getCoupleId() == couple.id())
                .orElseThrow(() -> new AccessDeniedException("These answers are not yours"));
        response.share(shared);
        responses.saveAndFlush(response);
        audit.record(AuditKind.CHANGE, AuditTarget.of("checkin", responseId, couple.id()),
                shared ? "answers shared with partner" : "answers no longer shared with partner");
        events.publishEvent(new ProgressEvent.CheckInRecorded(couple.id(), couple.therapistAccountId(), responseId));
    }

    /** Asks both partners of one of the therapist's couples to fill in a questionnaire. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public long request(long coupleId, @NotNull String measureCode) {
        return request(coupleId, measureCode, null);
    }

    /**
     * Asks one partner ({@code forPartnerAccountId}) or both (null) of one of the therapist's couples to fill in a
     * questionnaire: an instrument about one partner's own symptoms, such as the PCL-5, is asked of that partner only.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public long request(long coupleId, @NotNull String measureCode, Long forPartnerAccountId) {
        var team = couples.careTeam(coupleId);
        accessPolicy.requireMayViewCouple(team);
        if (forPartnerAccountId != null && !team.partnerAccountIds().contains(forPartnerAccountId)) {
            throw new ProgressException("A questionnaire can only be asked of one of this couple's partners.");
        }
        MeasureDefinition measure = catalogue.find(measureCode)
                .filter(m -> !m.code().equals(MeasureCatalogue.CHECK_IN))
                .orElseThrow(() -> new ProgressException("There is no questionnaire called " + measureCode));
        var request = requests.saveAndFlush(new MeasureRequest(coupleId, catalogue.idOf(measure.code()),
                currentUser.accountId(), calendar.now(), forPartnerAccountId));
        audit.record(AuditKind.CHANGE, AuditTarget.of("measure-request", request.getId(), coupleId),
                measure.shortName() + " requested" + (forPartnerAccountId == null ? "" : " of one partner"));
        events.publishEvent(new ProgressEvent.QuestionnaireRequestChanged(coupleId, team.therapistAccountId(),
                request.getId()));
        return request.getId();
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public void withdraw(long requestId) {
        MeasureRequest request = requests.findById(requestId)
                .orElseThrow(() -> new AccessDeniedException("This request is not in your care"));
        CareTeam team = couples.careTeam(request.getCoupleId());
        accessPolicy.requireMayViewCouple(team);
        request.cancel(calendar.now());
        audit.record(AuditKind.CHANGE, AuditTarget.of("measure-request", requestId, request.getCoupleId()),
                "questionnaire request withdrawn");
        events.publishEvent(new ProgressEvent.QuestionnaireRequestChanged(request.getCoupleId(),
                team.therapistAccountId(), requestId));
    }

    private long save(CoupleDetails couple, MeasureDefinition measure, MeasureResponse response, MeasureAnswers answers,
                      String what) {
        double total;
        try {
            total = measure.score(answers.getPositions());
        } catch (IllegalArgumentException e) {
            throw new ProgressException(e.getMessage());
        }
        String note = measure.allowsNote() ? Text.blankToNull(answers.getNote()) : null;
        response.answer(Map.copyOf(answers.getPositions()), total, note, answers.isShared(), calendar.now(),
                calendar.today());
        response = responses.saveAndFlush(response);
        audit.record(AuditKind.CHANGE, AuditTarget.of("checkin", response.getId(), couple.id()), what);
        events.publishEvent(new ProgressEvent.CheckInRecorded(couple.id(), couple.therapistAccountId(),
                response.getId()));
        return response.getId();
    }


    static Map<Long, String> names(CoupleDetails couple) {
        return couple.partners().stream().collect(Collectors.toMap(PartnerInfo::accountId, PartnerInfo::displayName));
    }

    Answered view(MeasureResponse r, Map<Long, String> names, long viewer) {
        MeasureDefinition measure = catalogue.byId(r.getMeasureId());
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (MeasureDefinition.Item item : measure.items()) {
            Integer position = r.getAnswers().get(item.key());
            if (position != null) {
                scores.put(item.key(), item.score(position));
            }
        }
        return new Answered(r.getId(), measure.code(), measure.shortName(), r.getPartnerAccountId(),
                names.getOrDefault(r.getPartnerAccountId(), "Partner"), r.getAnsweredAt(), r.getAnsweredOn(),
                r.getTotalScore(), scores, r.getNote(), r.isSharedWithPartner(), r.getPartnerAccountId() == viewer);
    }

    /** Open questionnaire requests of one of the therapist's couples, with how many partners have answered. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<RequestInfo> openRequests(long coupleId) {
        accessPolicy.requireMayViewCouple(couples.careTeam(coupleId));
        return openRequests(coupleId, responses.findByCoupleWithAnswers(coupleId));
    }

    List<RequestInfo> openRequests(long coupleId, List<MeasureResponse> all) {
        Map<Long, Long> answeredCount = all.stream().filter(r -> r.getRequestId() != null)
                .collect(Collectors.groupingBy(MeasureResponse::getRequestId, Collectors.counting()));
        List<MeasureRequest> open = requests.findOpenByCouple(coupleId);
        Map<Long, String> names = open.stream().anyMatch(r -> r.getForPartnerId() != null)
                ? names(couples.couple(coupleId)) : Map.of();
        return open.stream()
                .filter(r -> answeredCount.getOrDefault(r.getId(), 0L) < r.askedOf())
                .map(r -> {
                    MeasureDefinition m = catalogue.byId(r.getMeasureId());
                    return new RequestInfo(r.getId(), m.code(), m.shortName(), r.getRequestedAt(),
                            answeredCount.getOrDefault(r.getId(), 0L).intValue(), r.askedOf(),
                            r.getForPartnerId() == null ? null : names.get(r.getForPartnerId()));
                }).toList();
    }
}
