package org.trustwork.couple;

import org.springframework.security.access.prepost.PreAuthorize;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.base.TrustworkProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.trustwork.base.domain.Text;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.account.UserAccount;
import org.trustwork.security.AccessPolicy;
import org.trustwork.security.CareTeam;
import org.trustwork.security.CurrentUser;

@Service
@Validated
public class CoupleService {

    private final CoupleRepository couples;
    private final PartnerRepository partners;
    private final AccountService accounts;
    private final AccessPolicy accessPolicy;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;
    private final Period retention;

    CoupleService(CoupleRepository couples, PartnerRepository partners, AccountService accounts,
                  AccessPolicy accessPolicy, CurrentUser currentUser, AuditLog audit, Clock clock,
                  ClinicCalendar calendar, TrustworkProperties properties) {
        this.audit = audit;
        this.clock = clock;
        this.zone = calendar.zone();
        this.retention = properties.retention().closedCouples();
        this.couples = couples;
        this.partners = partners;
        this.accounts = accounts;
        this.accessPolicy = accessPolicy;
        this.currentUser = currentUser;
    }

    /** Opens a couple with both partners' logins in one step, so no couple ever has a missing partner. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public CoupleSummary createCouple(@Valid NewCouple form) {
        UserAccount therapist = accounts.accountWithRole(form.getTherapistAccountId(), Role.THERAPIST);
        var couple = couples.save(new Couple(form.getDisplayName(), therapist, form.getStartDate(),
                Text.blankToNull(form.getGoals())));
        for (var partnerForm : List.of(form.getPartnerOne(), form.getPartnerTwo())) {
            partnerForm.setRole(Role.PARTNER);
            AccountSummary created = accounts.createAccount(partnerForm);
            partners.save(new Partner(couple, accounts.accountWithRole(created.id(), Role.PARTNER)));
        }
        couples.flush();
        audit.record(AuditKind.CHANGE, AuditTarget.couple(couple.getId()),
                "couple created with two partner accounts, in the care of " + therapist.getDisplayName());
        return summaries(List.of(couple)).getFirst();
    }

    /**
     * Moves a couple into another therapist's care: from this moment the new therapist sees everything of the
     * couple and the previous one nothing. Recorded in the audit log with both names.
     */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public CoupleSummary transfer(long coupleId, long newTherapistAccountId) {
        Couple couple = couples.findById(coupleId).orElseThrow();
        UserAccount previous = couple.getTherapist();
        UserAccount next = accounts.accountWithRole(newTherapistAccountId, Role.THERAPIST);
        if (!next.isEnabled()) {
            throw new IllegalArgumentException(next.getDisplayName() + "'s account is deactivated.");
        }
        if (previous.getId().equals(next.getId())) {
            return summaries(List.of(couple)).getFirst();
        }
        couple.changeTherapist(next);
        couples.flush();
        audit.record(AuditKind.ACCESS_GRANT, AuditTarget.couple(coupleId), "couple transferred from "
                + previous.getDisplayName() + " (account " + previous.getId() + ") to " + next.getDisplayName()
                + " (account " + next.getId() + ")");
        return summaries(List.of(couple)).getFirst();
    }

    /**
     * Ends a couple's therapy: the record stays (read-only in practice) until the clinic's retention period has
     * passed, then the retention job deletes their clinical data and anonymises them.
     */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public CoupleSummary close(long coupleId) {
        Couple couple = couples.findById(coupleId).orElseThrow();
        if (couple.getStatus() == CoupleStatus.CLOSED) {
            return summaries(List.of(couple)).getFirst();
        }
        LocalDate day = LocalDate.now(clock.withZone(zone));
        couple.close(day);
        couples.flush();
        audit.record(AuditKind.CHANGE, AuditTarget.couple(coupleId), "couple closed on " + day);
        return summaries(List.of(couple)).getFirst();
    }

    /** Takes a closed couple back into therapy, as long as the retention period has not yet run out. */
    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public CoupleSummary reopen(long coupleId) {
        Couple couple = couples.findById(coupleId).orElseThrow();
        if (couple.getStatus() != CoupleStatus.CLOSED) {
            return summaries(List.of(couple)).getFirst();
        }
        if (couple.isPurged() || !mayReopen(couple.getClosedOn())) {
            throw new IllegalArgumentException("The retention period for this couple has passed and their data is "
                    + "deleted or about to be; the record cannot be reopened.");
        }
        couple.reopen();
        couples.flush();
        audit.record(AuditKind.CHANGE, AuditTarget.couple(coupleId), "couple reopened");
        return summaries(List.of(couple)).getFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<CoupleSummary> caseload(String searchText, Pageable page) {
        return summaries(couples.findCaseload(currentUser.accountId(), Text.searchNeedle(searchText), page));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public long countCaseload(String searchText) {
        return couples.countCaseload(currentUser.accountId(), Text.searchNeedle(searchText));
    }

    /** Every couple in the clinic, for the admin's couples page: names and status only, never clinical content. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<CoupleSummary> findCouples(CoupleFilter filter, Pageable page) {
        return summaries(couples.findForAdmin(Text.searchNeedle(filter.text()), filter.status() == null,
                filter.status() == null ? CoupleStatus.ACTIVE : filter.status(), page));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public long countCouples(CoupleFilter filter) {
        return couples.countForAdmin(Text.searchNeedle(filter.text()), filter.status() == null,
                filter.status() == null ? CoupleStatus.ACTIVE : filter.status());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<CoupleSummary> allCouples() {
        return summaries(couples.findAllWithTherapist());
    }

    /** The couple's page being opened by their therapist: {@link #couple} recorded in the audit trail as a view. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public CoupleDetails openCouple(long coupleId) {
        CoupleDetails details = couple(coupleId);
        audit.record(AuditKind.VIEW, AuditTarget.couple(coupleId), "couple record opened");
        return details;
    }

    /**
     * A couple's record, for their own therapist or one of the two partners; anyone else is refused. Not audited:
     * features use it to check and label their own records, and audit what they show; a page showing the record
     * itself opens it with {@link #openCouple}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST_OR_PARTNER)
    public CoupleDetails couple(long coupleId) {
        Couple couple = couples.findWithTherapist(coupleId).orElseThrow(CoupleService::notInYourCare);
        List<Partner> members = partners.findWithAccountByCoupleId(coupleId);
        accessPolicy.requireMayViewCouple(careTeam(couple, members));
        return details(couple, members);
    }

    /**
     * A couple's record without the caseload check, for admins only, for the couple's data export (a {@link CoupleExportPart}), whose
     * caller has already decided that this couple may be exported. Never call it with a user's choice of couple.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public CoupleDetails coupleForExport(long coupleId) {
        Couple couple = couples.findWithTherapist(coupleId).orElseThrow(CoupleService::notInYourCare);
        return details(couple, partners.findWithAccountByCoupleId(coupleId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public CoupleDetails myCouple() {
        Partner me = partners.findByAccountId(currentUser.accountId()).orElseThrow(CoupleService::notInYourCare);
        return couple(me.getCouple().getId());
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public CoupleDetails updateGoals(long coupleId, @Size(max = Couple.GOALS_MAX) String goals) {
        accessPolicy.requireMayViewCouple(careTeam(coupleId));
        Couple couple = couples.findById(coupleId).orElseThrow(CoupleService::notInYourCare);
        couple.changeGoals(Text.blankToNull(goals));
        audit.record(AuditKind.CHANGE, AuditTarget.couple(coupleId), "treatment goals edited");
        return couple(coupleId);
    }

    /** The couple itself, for features that link records to it; only for someone the couple is in the care of. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public Couple coupleInMyCare(long coupleId) {
        accessPolicy.requireMayViewCouple(careTeam(coupleId));
        return couples.findById(coupleId).orElseThrow(CoupleService::notInYourCare);
    }

    /** Whether the signed-in partner gets daily homework reminders by e-mail. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_PARTNER)
    public boolean myRemindersEnabled() {
        return partners.findByAccountId(currentUser.accountId()).map(Partner::isRemindersEnabled).orElse(false);
    }

    @Transactional
    @PreAuthorize(Role.IS_PARTNER)
    public void setMyRemindersEnabled(boolean enabled) {
        partners.findByAccountId(currentUser.accountId()).orElseThrow(CoupleService::notInYourCare)
                .setRemindersEnabled(enabled);
    }

    /** Partners who want reminders, for the reminder job (which runs as the system, never for a user). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<ReminderRecipient> reminderRecipients() {
        return partners.findReminderRecipients().stream()
                .filter(p -> p.getCouple().getStatus() == CoupleStatus.ACTIVE && p.getAccount().isEnabled())
                .map(p -> new ReminderRecipient(p.getAccount().getId(), p.getAccount().getEmail(),
                        p.getAccount().getDisplayName(), p.getCouple().getId()))
                .toList();
    }

    /**
     * Who may see this couple's record: other features ask this before showing their own data, on nearly every
     * request, so it reads the three ids in one query and loads no entity.
     */
    @Transactional(readOnly = true)
    public CareTeam careTeam(long coupleId) {
        List<Object[]> rows = couples.careTeamRows(coupleId);
        if (rows.isEmpty()) {
            throw notInYourCare();
        }
        return new CareTeam(coupleId, (Long) rows.getFirst()[0], rows.stream().map(row -> (Long) row[1])
                .filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private static CareTeam careTeam(Couple couple, List<Partner> members) {
        return new CareTeam(couple.getId(), couple.getTherapist().getId(),
                members.stream().map(p -> p.getAccount().getId()).collect(Collectors.toSet()));
    }

    private List<CoupleSummary> summaries(List<Couple> page) {
        Map<Long, List<PartnerInfo>> partnersByCouple = partnersOf(page.stream().map(Couple::getId).toList());
        return page.stream()
                .map(c -> new CoupleSummary(c.getId(), c.getDisplayName(), c.getStatus(), c.getStartDate(),
                        c.getTherapist().getDisplayName(), partnersByCouple.getOrDefault(c.getId(), List.of()),
                        c.getClosedOn(), c.getStatus() == CoupleStatus.CLOSED && !c.isPurged()
                        && mayReopen(c.getClosedOn())))
                .toList();
    }

    /** Closed couples can come back until their retention period has run out (then the job deletes their data). */
    private boolean mayReopen(LocalDate closedOn) {
        return closedOn == null || closedOn.plus(retention).isAfter(LocalDate.now(clock.withZone(zone)));
    }

    private Map<Long, List<PartnerInfo>> partnersOf(Collection<Long> coupleIds) {
        if (coupleIds.isEmpty()) {
            return Map.of();
        }
        return partners.findWithAccountByCoupleIds(coupleIds).stream()
                .collect(Collectors.groupingBy(p -> p.getCouple().getId(),
                        Collectors.mapping(CoupleService::info, Collectors.toList())));
    }

    private static CoupleDetails details(Couple couple, List<Partner> members) {
        return new CoupleDetails(couple.getId(), couple.getDisplayName(), couple.getStatus(), couple.getStartDate(),
                couple.getGoals(), couple.getTherapist().getId(), couple.getTherapist().getDisplayName(),
                members.stream().map(CoupleService::info).toList());
    }

    private static PartnerInfo info(Partner partner) {
        UserAccount account = partner.getAccount();
        return new PartnerInfo(account.getId(), account.getDisplayName(), account.getEmail());
    }

    /** The same answer for "does not exist" and "not yours", so ids cannot be probed. */
    private static AccessDeniedException notInYourCare() {
        return new AccessDeniedException("This couple is not in your care");
    }
}
