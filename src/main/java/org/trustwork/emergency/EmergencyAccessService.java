package org.trustwork.emergency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.AccountService;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.CareTeam;
import org.trustwork.security.CurrentUser;
import org.trustwork.security.EmergencyAccessCheck;

/**
 * Emergency access: when a couple's therapist is unavailable, an admin lets another therapist see that
 * couple for at most an hour, with a reason. Every grant and withdrawal is audited and shown to the
 * couple's own therapist. {@code AccessPolicy} asks {@link #hasActiveGrant} with the injected clock.
 */
@Service
public class EmergencyAccessService implements EmergencyAccessCheck {

    public static final int MAX_MINUTES = 60;
    /** How long a finished grant stays visible to the couple's own therapist. */
    static final Duration NOTICE_KEPT = Duration.ofDays(14);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final EmergencyGrantRepository grants;
    private final CoupleService couples;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    EmergencyAccessService(EmergencyGrantRepository grants, CoupleService couples, AccountService accounts,
                           CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.grants = grants;
        this.couples = couples;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasActiveGrant(long therapistAccountId, long coupleId) {
        return grants.activeGrant(therapistAccountId, coupleId, clock.instant());
    }

    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public EmergencyGrantInfo grant(long coupleId, long therapistAccountId, int minutes, String reason) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("Emergency access lasts 1 to " + MAX_MINUTES + " minutes");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > EmergencyGrant.REASON_MAX) {
            throw new IllegalArgumentException("Give a reason (at most " + EmergencyGrant.REASON_MAX + " characters)");
        }
        var therapist = accounts.accountWithRole(therapistAccountId, Role.THERAPIST);
        CareTeam team = couples.careTeam(coupleId);
        if (team.therapistAccountId() == therapistAccountId) {
            throw new IllegalArgumentException("That therapist already looks after this couple");
        }
        String coupleName = couples.allCouples().stream().filter(c -> c.id() == coupleId).findFirst()
                .orElseThrow().displayName();
        var admin = accounts.myAccount();
        Instant now = clock.instant();
        var grant = grants.save(new EmergencyGrant(coupleId, coupleName, therapistAccountId,
                therapist.getDisplayName(), team.therapistAccountId(), admin.getId(), admin.getDisplayName(), why,
                now, now.plus(Duration.ofMinutes(minutes))));
        auditLog.record(AuditKind.ACCESS_GRANT, AuditTarget.couple(coupleId), "Emergency access for "
                + therapist.getDisplayName() + " (account " + therapistAccountId + ") until "
                + UTC.format(now.plus(Duration.ofMinutes(minutes))) + ". Reason: " + why);
        return grant.info(now);
    }

    @Transactional
    @PreAuthorize(Role.IS_ADMIN)
    public void withdraw(long grantId) {
        var grant = grants.findById(grantId).orElseThrow();
        grant.revoke(clock.instant());
        auditLog.record(AuditKind.ACCESS_GRANT, AuditTarget.couple(grant.coupleId()),
                "Emergency access withdrawn from account " + grant.therapistId());
    }

    /** For admins: grants still running or ended in the last two weeks. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_ADMIN)
    public List<EmergencyGrantInfo> recentGrants() {
        Instant now = clock.instant();
        return grants.endingAfter(now.minus(NOTICE_KEPT)).stream().map(g -> g.info(now)).toList();
    }

    /** For a therapist: who was given access to their couples, when and why (current and last two weeks). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<EmergencyGrantInfo> grantsOnMyCouples() {
        Instant now = clock.instant();
        return grants.onCouplesOf(currentUser.accountId(), now.minus(NOTICE_KEPT)).stream()
                .map(g -> g.info(now)).toList();
    }

    /** For a therapist covering for a colleague: the couples they may open right now. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<EmergencyGrantInfo> myEmergencyAccess() {
        Instant now = clock.instant();
        return grants.activeFor(currentUser.accountId(), now).stream().map(g -> g.info(now))
                .filter(EmergencyGrantInfo::active).toList();
    }
}
