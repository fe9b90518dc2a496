package org.trustwork.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustwork.access.Who.ADMIN;
import static org.trustwork.access.Who.OTHER_COUPLES_PARTNER;
import static org.trustwork.access.Who.OTHER_THERAPIST;
import static org.trustwork.access.Who.OWNING_THERAPIST;
import static org.trustwork.access.Who.PARTNER;
import static org.trustwork.access.Who.THE_OTHER_PARTNER;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.account.NewAccount;
import org.trustwork.account.Role;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.NewCouple;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.ReflectionVisibility;
import org.trustwork.emergency.EmergencyAccessService;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.progress.CheckInService;
import org.trustwork.progress.MeasureAnswers;
import org.trustwork.progress.ProgressService;
import org.trustwork.practice.PracticeService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.AgendaTemplateService;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;
import org.trustwork.twofactor.TwoFactorService;

/**
 * Every public method of every service, called by every kind of person on the records of a couple that
 * is not theirs (and of one that is). Whoever is not allowed must get an access refusal, not data and not
 * some other error; whoever is allowed must not be refused. A new service method without an entry here
 * fails the test, so nobody ships clinical data without deciding who may read it.
 */
@TrustworkTest
class ServiceAccessMatrixTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    SystemTask systemTask;
    @Autowired
    Clock clock;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    AccountService accounts;
    @Autowired
    CoupleService couples;
    @Autowired
    PracticeService practices;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    AgendaTemplateService templates;
    @Autowired
    HomeworkService homework;
    @Autowired
    CheckInService checkIns;
    @Autowired
    ProgressService progress;
    @Autowired
    EmergencyAccessService emergency;
    @Autowired
    TwoFactorService twoFactor;
    @Autowired
    org.trustwork.twofactor.DemoAuthenticator demoAuthenticator;
    @Autowired
    org.trustwork.account.InvitationService invitations;
    @Autowired
    org.trustwork.account.FirstAdminSetup firstAdmin;
    @Autowired
    org.trustwork.audit.AuditTrail auditTrail;
    @Autowired
    org.trustwork.datarights.CoupleDataExport dataExport;
    @Autowired
    org.trustwork.recovery.RecoveryService recovery;

    @Autowired
    org.trustwork.disclosure.DisclosureService disclosure;

    /** Maya's disclosure questions in Maya &amp; Tom's record, made on first use (Maya is the hurt partner). */
    private record DisclosureIds(long toSubmit, long toRevise, long toWithdraw, long submitted, long approved,
                                 long released) {
    }

    private DisclosureIds disclosureIds;

    private DisclosureIds disclosure(Records r) {
        if (disclosureIds == null) {
            var runAs = new RunAs(users, contextHolder);
            runAs.as(DemoClinic.RIVERA, () -> {
                disclosure.designateHurtPartner(r.coupleId(), r.mayaAccountId());
                return null;
            });
            long[] ids = runAs.as(DemoClinic.MAYA, () -> {
                long[] made = new long[6];
                for (int i = 0; i < made.length; i++) {
                    made[i] = disclosure.draft("Matrix question " + i);
                    if (i >= 3) {
                        disclosure.submit(made[i]);
                    }
                }
                return made;
            });
            runAs.as(DemoClinic.RIVERA, () -> {
                disclosure.sort(ids[4], org.trustwork.disclosure.QuestionStatus.APPROVED);
                disclosure.sort(ids[5], org.trustwork.disclosure.QuestionStatus.APPROVED);
                disclosure.release(ids[5], disclosure.today());
                return null;
            });
            disclosureIds = new DisclosureIds(ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
        }
        return disclosureIds;
    }

    @Autowired
    org.trustwork.safety.SafetyService safety;

    /** Records of Maya &amp; Tom, Dr Rivera's couple: a planned session with one item, a template, Maya's homework. */
    record Records(long coupleId, long sessionId, long itemId, long practiceId, long templateId, long occurrenceId,
                   long mayaAccountId, long questionnaireRequestId, long mayasCheckInId, long throwawayAccountId,
                   long mayasMarkerId) {
    }

    @FunctionalInterface
    interface Call {
        Object invoke(Records records) throws Exception;
    }

    /** Methods called by the sign-in machinery or by other services, never with a user's choice of record. */
    private record Internal(String reason) {
    }

    private record Entry(Set<Who> allowed, Call call) {
    }

    private static final Who[] ANY_THERAPIST = {OWNING_THERAPIST, OTHER_THERAPIST};
    private static final Who[] ANY_PARTNER = {PARTNER, THE_OTHER_PARTNER, OTHER_COUPLES_PARTNER};
    private static final Who[] ANY_THERAPIST_OR_PARTNER =
            {OWNING_THERAPIST, OTHER_THERAPIST, PARTNER, THE_OTHER_PARTNER, OTHER_COUPLES_PARTNER};
    private static final Who[] THE_COUPLE_AND_THEIR_THERAPIST = {OWNING_THERAPIST, PARTNER, THE_OTHER_PARTNER};
    private static final Who[] ANYONE_SIGNED_IN =
            {ADMIN, OWNING_THERAPIST, OTHER_THERAPIST, PARTNER, THE_OTHER_PARTNER, OTHER_COUPLES_PARTNER};

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Internal> internal = new LinkedHashMap<>();

    private void allow(String method, Call call, Who... allowed) {
        Set<Who> who = EnumSet.noneOf(Who.class);
        who.addAll(List.of(allowed));
        entries.put(method, new Entry(who, call));
    }

    private void internal(String method, String reason) {
        internal.put(method, new Internal(reason));
    }

    private void describeEveryServiceMethod() {
        internal("AuditLog.record", "written by services about what the caller just did");
        internal("AuditLog.recordFor", "written by the sign-in listeners");
        internal("TrustworkUserDetailsService.loadUserByUsername", "the sign-in form's account look-up");
        internal("AccountService.credentialsFor", "the sign-in form's account look-up");
        internal("AccountService.recordSuccessfulLogin", "called after a successful sign-in");
        internal("CoupleService.careTeam", "account ids only: the input other services give the access policy");
        internal("AccountService.countAll", "start-up check whether the demo clinic exists");

        allow("AccountService.createAccount", r -> accounts.createAccount(newTherapist()), ADMIN);
        allow("AccountService.findAccounts", r -> accounts.findAccounts(new org.trustwork.account.AccountFilter(null, null, null), PageRequest.of(0, 5)), ADMIN);
        allow("AccountService.countAccounts", r -> accounts.countAccounts(new org.trustwork.account.AccountFilter(null, null, null)), ADMIN);
        allow("AccountService.therapists", r -> accounts.therapists(), ADMIN);
        allow("AccountService.emailInUse", r -> accounts.emailInUse(DemoClinic.MAYA), ADMIN);
        allow("AccountService.accountWithRole", r -> accounts.accountWithRole(r.mayaAccountId(), Role.PARTNER), ADMIN);
        allow("AccountService.myAccount", r -> accounts.myAccount(), ANYONE_SIGNED_IN);

        allow("CoupleService.createCouple", r -> couples.createCouple(newCouple()), ADMIN);
        allow("CoupleService.caseload", r -> couples.caseload(null, PageRequest.of(0, 5)), ANY_THERAPIST);
        allow("CoupleService.countCaseload", r -> couples.countCaseload(null), ANY_THERAPIST);
        allow("CoupleService.allCouples", r -> couples.allCouples(), ADMIN);
        allow("CoupleService.couple", r -> couples.couple(r.coupleId()), THE_COUPLE_AND_THEIR_THERAPIST);
        allow("CoupleService.openCouple", r -> couples.openCouple(r.coupleId()), OWNING_THERAPIST);
        allow("CoupleService.myCouple", r -> couples.myCouple(), ANY_PARTNER);
        allow("CoupleService.updateGoals", r -> couples.updateGoals(r.coupleId(), "Honest weekly check-ins"),
                OWNING_THERAPIST);
        allow("CoupleService.coupleInMyCare", r -> couples.coupleInMyCare(r.coupleId()), OWNING_THERAPIST);
        allow("CoupleService.myRemindersEnabled", r -> couples.myRemindersEnabled(), ANY_PARTNER);
        allow("CoupleService.setMyRemindersEnabled", r -> {
            couples.setMyRemindersEnabled(true);
            return null;
        }, ANY_PARTNER);
        allow("CoupleService.reminderRecipients", r -> couples.reminderRecipients(), ADMIN);

        allow("PracticeService.search", r -> practices.search(PracticeFilter.ALL), ANY_THERAPIST_OR_PARTNER);
        allow("PracticeService.asksOfInUse", r -> practices.asksOfInUse(), ANY_THERAPIST_OR_PARTNER);
        allow("PracticeService.byId", r -> practices.byId(r.practiceId()), ANY_THERAPIST_OR_PARTNER);
        allow("PracticeService.bySlug", r -> practices.bySlug("acknowledge-the-damage"), ANY_THERAPIST_OR_PARTNER);

        allow("SessionService.plan", r -> sessions.plan(r.coupleId(), clock.instant(), 50), OWNING_THERAPIST);
        allow("SessionService.replan", r -> sessions.replan(r.sessionId(), clock.instant(), 55), OWNING_THERAPIST);
        allow("SessionService.session", r -> sessions.session(r.sessionId()), OWNING_THERAPIST);
        allow("SessionService.openSession", r -> sessions.openSession(r.sessionId()), OWNING_THERAPIST);
        allow("SessionService.sessionsOf", r -> sessions.sessionsOf(r.coupleId()), OWNING_THERAPIST);
        allow("SessionService.practiceHistory", r -> sessions.practiceHistory(r.coupleId()), OWNING_THERAPIST);
        allow("SessionService.addPractice", r -> sessions.addPractice(r.sessionId(), r.practiceId()), OWNING_THERAPIST);
        allow("SessionService.addFreeItem", r -> sessions.addFreeItem(r.sessionId(), "Check-in", 5), OWNING_THERAPIST);
        allow("SessionService.moveItem", r -> sessions.moveItem(r.sessionId(), r.itemId(), 0), OWNING_THERAPIST);
        allow("SessionService.setTimeBox", r -> sessions.setTimeBox(r.sessionId(), r.itemId(), 10), OWNING_THERAPIST);
        allow("SessionService.removeItem", r -> sessions.removeItem(r.sessionId(), r.itemId()), OWNING_THERAPIST);
        allow("SessionService.start", r -> sessions.start(r.sessionId()), OWNING_THERAPIST);
        allow("SessionService.pause", r -> sessions.pause(r.sessionId()), OWNING_THERAPIST);
        allow("SessionService.resume", r -> sessions.resume(r.sessionId()), OWNING_THERAPIST);
        allow("SessionService.nextItem", r -> sessions.nextItem(r.sessionId(), false), OWNING_THERAPIST);
        allow("SessionService.end", r -> sessions.end(r.sessionId()), OWNING_THERAPIST);
        allow("SessionService.saveSharedSummary", r -> sessions.saveSharedSummary(r.sessionId(), "We talked."),
                OWNING_THERAPIST);
        allow("SessionService.publishSummary", r -> sessions.publishSummary(r.sessionId()), OWNING_THERAPIST);
        allow("SessionService.publishedSummariesForMyCouple", r -> sessions.publishedSummariesForMyCouple(),
                ANY_PARTNER);
        allow("SessionService.nextSessionForMyCouple", r -> sessions.nextSessionForMyCouple(), ANY_PARTNER);
        allow("SessionService.calendarFileForMyCouple", r -> sessions.calendarFileForMyCouple(r.sessionId()),
                PARTNER, THE_OTHER_PARTNER);

        allow("SessionNotesService.open", r -> notes.open(r.sessionId(), null), OWNING_THERAPIST);
        allow("SessionNotesService.openForScreen", r -> notes.openForScreen(r.sessionId(), r.itemId()),
                OWNING_THERAPIST);
        allow("SessionNotesService.save", r -> notes.save(r.sessionId(), null, 0, "private"), OWNING_THERAPIST);
        allow("SessionNotesService.history", r -> notes.history(r.sessionId(), null), OWNING_THERAPIST);
        allow("SessionNotesService.myItemNotes", r -> notes.myItemNotes(r.sessionId()), OWNING_THERAPIST);

        allow("AgendaTemplateService.saveAsTemplate", r -> templates.saveAsTemplate(r.sessionId(), "Mine"),
                OWNING_THERAPIST);
        allow("AgendaTemplateService.myTemplates", r -> templates.myTemplates(), ANY_THERAPIST);
        allow("AgendaTemplateService.applyTemplate", r -> templates.applyTemplate(r.sessionId(), r.templateId()),
                OWNING_THERAPIST);

        allow("HomeworkService.draftFrom", r -> homework.draftFrom(r.practiceId()), ANY_THERAPIST);
        allow("HomeworkService.assign", r -> homework.assign(r.coupleId(), draft(r)), OWNING_THERAPIST);
        allow("HomeworkService.board", r -> homework.board(r.coupleId()), OWNING_THERAPIST);
        allow("HomeworkService.coupleAdherenceLastTwoWeeks", r -> homework.coupleAdherenceLastTwoWeeks(r.coupleId()),
                OWNING_THERAPIST);
        allow("HomeworkService.myTasks", r -> homework.myTasks(), ANY_PARTNER);
        allow("HomeworkService.myCurrentTasks", r -> homework.myCurrentTasks(), ANY_PARTNER);
        allow("HomeworkService.myHistory", r -> homework.myHistory(), ANY_PARTNER);
        allow("HomeworkService.markDone", r -> {
            homework.markDone(r.occurrenceId());
            return null;
        }, PARTNER);
        allow("HomeworkService.undo", r -> {
            homework.undo(r.occurrenceId());
            return null;
        }, PARTNER);
        allow("HomeworkService.reflect", r -> {
            homework.reflect(r.occurrenceId(), "It went well", 2, 4, ReflectionVisibility.THERAPIST_ONLY);
            return null;
        }, PARTNER);

        // Caseload-wide look-ups take a list of couples and answer only for those in the caller's care.
        allow("HomeworkService.progressFacts", r -> homework.progressFacts(List.of(r.coupleId()),
                calendar.today().minusDays(30)), ANY_THERAPIST);
        allow("SessionService.sessionDates", r -> sessions.sessionDates(List.of(r.coupleId())), ANY_THERAPIST);

        allow("CheckInService.mine", r -> checkIns.mine(), ANY_PARTNER);
        allow("CheckInService.myOpenQuestionnaires", r -> checkIns.myOpenQuestionnaires(), ANY_PARTNER);
        allow("CheckInService.checkIn", r -> checkIns.checkIn(checkInAnswers()), ANY_PARTNER);
        allow("CheckInService.answer", r -> checkIns.answer(r.questionnaireRequestId(), csi4Answers()),
                PARTNER, THE_OTHER_PARTNER);
        allow("CheckInService.share", r -> {
            checkIns.share(r.mayasCheckInId(), true);
            return null;
        }, PARTNER);
        allow("CheckInService.request", r -> checkIns.request(r.coupleId(), "csi-4"), OWNING_THERAPIST);
        allow("CheckInService.openRequests", r -> checkIns.openRequests(r.coupleId()), OWNING_THERAPIST);
        allow("CheckInService.withdraw", r -> {
            checkIns.withdraw(r.questionnaireRequestId());
            return null;
        }, OWNING_THERAPIST);
        allow("ProgressService.dashboard", r -> progress.dashboard(r.coupleId()), OWNING_THERAPIST);
        allow("ProgressService.load", r -> progress.load(r.coupleId()), OWNING_THERAPIST);
        allow("ProgressService.caseload", r -> progress.caseload(null), ANY_THERAPIST);

        internal("LoginThrottling.isThrottled", "the sign-in form, before a password is checked");
        internal("LoginThrottling.begin", "the sign-in form, counting an attempt before its password or code is checked");
        internal("LoginThrottling.succeeded", "the sign-in form, giving back the count of a right password or code");
        internal("LoginThrottling.recordFailure", "the sign-in form, after a wrong password");
        internal("LoginThrottling.recordSuccess", "the sign-in form, after a right password");
        internal("LoginThrottling.onAccountUnlocked", "an event raised when an admin unlocks an account");
        internal("TwoFactorService.isEnrolled", "the sign-in steps, between password and code");
        internal("TwoFactorService.isRequired", "the sign-in steps, between password and code");
        internal("TwoFactorService.verify", "the code step of the sign-in form");
        internal("EmergencyAccessService.hasActiveGrant", "an input of the access policy, never shown to anyone");
        // Own-account settings: each person only ever acts on themselves, and a wrong password is no refusal.
        allow("AccountService.isMyPassword", r -> accounts.isMyPassword("not the password"), ANYONE_SIGNED_IN);
        allow("AccountService.changeMyPassword", r -> {
            accounts.changeMyPassword("not the password", "a brand new long passphrase");
            return null;
        }, ANYONE_SIGNED_IN);
        allow("AccountService.changeMyEmail", r -> {
            accounts.changeMyEmail("not the password", "someone.new@home.example");
            return null;
        }, ANYONE_SIGNED_IN);
        allow("TwoFactorService.myStatus", r -> twoFactor.myStatus(), ANYONE_SIGNED_IN);
        allow("TwoFactorService.mustEnrol", r -> twoFactor.mustEnrol(), ANYONE_SIGNED_IN);
        allow("TwoFactorService.reauthenticate", r -> {
            twoFactor.reauthenticate("not the password", "000000");
            return null;
        }, ANYONE_SIGNED_IN);
        allow("TwoFactorService.beginEnrolment", r -> twoFactor.beginEnrolment("not the password", "000000"),
                ANYONE_SIGNED_IN);
        allow("TwoFactorService.confirmEnrolment", r -> twoFactor.confirmEnrolment(null, "000000"), ANYONE_SIGNED_IN);
        allow("TwoFactorService.regenerateRecoveryCodes",
                r -> twoFactor.regenerateRecoveryCodes("not the password", "000000"), ANYONE_SIGNED_IN);
        allow("TwoFactorService.turnOff", r -> {
            twoFactor.turnOff("not the password", "000000");
            return null;
        }, ANYONE_SIGNED_IN);
        allow("TwoFactorService.recordPasswordChanged", r -> {
            twoFactor.recordPasswordChanged();
            return null;
        }, ANYONE_SIGNED_IN);
        allow("TwoFactorService.isEnabledFor", r -> twoFactor.isEnabledFor(r.mayaAccountId()), ADMIN);
        // An account id that does not exist, so no real person's second factor is touched.
        allow("DemoAuthenticator.enrolWithKnownSecret", r -> {
            demoAuthenticator.enrolWithKnownSecret(-1, "JBSWY3DPEHPK3PXP");
            return null;
        }, ADMIN);

        allow("EmergencyAccessService.grant", r -> {
            // Withdrawn at once, so the other therapist's refusals elsewhere stay refusals.
            var grant = emergency.grant(r.coupleId(), okaforAccountId(), 5, "Matrix test");
            emergency.withdraw(grant.id());
            return grant;
        }, ADMIN);
        allow("EmergencyAccessService.withdraw", r -> {
            emergency.withdraw(-1);
            return null;
        }, ADMIN);
        allow("EmergencyAccessService.recentGrants", r -> emergency.recentGrants(), ADMIN);
        allow("EmergencyAccessService.grantsOnMyCouples", r -> emergency.grantsOnMyCouples(), ANY_THERAPIST);
        allow("EmergencyAccessService.myEmergencyAccess", r -> emergency.myEmergencyAccess(), ANY_THERAPIST);

        // --- Progress reports and the couple data export (feature/progress) ---
        allow("ProgressService.reportPdf", r -> progress.reportPdf(r.coupleId(), true), OWNING_THERAPIST);
        allow("ProgressService.reportCsv", r -> progress.reportCsv(r.coupleId()), OWNING_THERAPIST);
        allow("SessionService.sessionRecords", r -> sessions.sessionRecords(r.coupleId()), OWNING_THERAPIST);
        allow("SessionNotesService.myNotesForCouple", r -> notes.myNotesForCouple(r.coupleId()), OWNING_THERAPIST);
        // The data-rights export is an admin's task: these feed CoupleExportPart implementations and refuse everyone else.
        allow("CoupleService.coupleForExport", r -> couples.coupleForExport(r.coupleId()), ADMIN);
        allow("SessionService.sessionRecordsForExport", r -> sessions.sessionRecordsForExport(r.coupleId()), ADMIN);
        allow("SessionService.practiceHistoryForExport", r -> sessions.practiceHistoryForExport(r.coupleId()), ADMIN);
        allow("HomeworkService.progressFactsForExport", r -> homework.progressFactsForExport(r.coupleId()), ADMIN);
        internal("PracticeService.catalogue", "the published practice catalogue: therapy content, no clinical data");
        // Account administration (issue 6): admins only, on an account made for the matrix; links work anonymously.
        allow("AccountService.deactivate", r -> accounts.deactivate(r.throwawayAccountId()), ADMIN);
        allow("AccountService.reactivate", r -> accounts.reactivate(r.throwawayAccountId()), ADMIN);
        allow("AccountService.unlock", r -> {
            accounts.unlock(r.throwawayAccountId());
            return null;
        }, ADMIN);
        allow("AccountService.resetPassword", r -> accounts.resetPassword(r.throwawayAccountId()), ADMIN);
        allow("AccountService.changeRole", r -> accounts.changeRole(r.throwawayAccountId(), Role.THERAPIST), ADMIN);
        allow("InvitationService.invite", r -> invitations.invite(r.throwawayAccountId()), ADMIN);
        allow("InvitationService.lookUp", r -> invitations.lookUp("not-a-real-link"), Who.values());
        allow("InvitationService.requestPasswordReset", r -> {
            invitations.requestPasswordReset("nobody.at.all@clinic.example", "192.0.2.1");
            return null;
        }, Who.values());
        allow("InvitationService.choosePassword", r -> {
            invitations.choosePassword("not-a-real-link", "a long enough passphrase");
            return null;
        }, Who.values());
        allow("CoupleService.transfer", r -> couples.transfer(r.coupleId(), riveraAccountId()), ADMIN);
        internal("FirstAdminSetup.run", "start-up, before anyone can sign in");
        allow("CoupleDataExport.export", r -> dataExport.export(r.coupleId()), ADMIN);
        // Closing is undone at once, so the matrix couple stays active for everything else.
        allow("CoupleService.close", r -> {
            couples.close(r.coupleId());
            return couples.reopen(r.coupleId());
        }, ADMIN);
        allow("CoupleService.reopen", r -> couples.reopen(r.coupleId()), ADMIN);
        allow("AuditTrail.search", r -> auditTrail.search(org.trustwork.audit.AuditFilter.ALL, PageRequest.of(0, 5)), ADMIN);
        allow("AuditTrail.count", r -> auditTrail.count(org.trustwork.audit.AuditFilter.ALL), ADMIN);
        allow("AuditTrail.exportCsv", r -> auditTrail.exportCsv(new org.trustwork.audit.AuditFilter(null, null,
                r.coupleId(), null, null)), ADMIN);
        // The setup page: anonymous by nature, and only ever works while there is no account at all.
        allow("FirstAdminSetup.needed", r -> firstAdmin.needed(), Who.values());
        allow("FirstAdminSetup.createFirstAdmin", r -> {
            firstAdmin.createFirstAdmin("wrong", "Eve", "eve@example.org", "a long enough passphrase");
            return null;
        }, Who.values());

        // --- Data rights: the admin's couples page and the streamed export (feature/datarights) ---
        allow("CoupleService.findCouples", r -> couples.findCouples(org.trustwork.couple.CoupleFilter.ALL,
                PageRequest.of(0, 5)), ADMIN);
        allow("CoupleService.countCouples", r -> couples.countCouples(org.trustwork.couple.CoupleFilter.ALL), ADMIN);

        // --- The recovery's story (#22): how a practice landed, markers, phases ---
        allow("HomeworkService.myPartnersPractice", r -> homework.myPartnersPractice(), ANY_PARTNER);
        // Maya's own homework: Tom may say how it landed; Maya reaches the method but is told it is not hers to
        // answer (a business rule, not a refusal); the other couple's partner is refused.
        allow("HomeworkService.sayHowItLanded", r -> {
            homework.sayHowItLanded(r.occurrenceId(), org.trustwork.homework.HowItLanded.PARTLY, "ok", false);
            return null;
        }, PARTNER, THE_OTHER_PARTNER);
        allow("HomeworkService.twoSidedLog", r -> homework.twoSidedLog(r.coupleId()), OWNING_THERAPIST);
        allow("HomeworkService.landingFacts", r -> homework.landingFacts(List.of(r.coupleId()),
                calendar.today().minusDays(14)), ANY_THERAPIST);
        allow("RecoveryService.myTimeline", r -> recovery.myTimeline(), ANY_PARTNER);
        allow("RecoveryService.logMine", r -> recovery.logMine(marker(org.trustwork.recovery.MarkerKind.TRIGGER)),
                ANY_PARTNER);
        allow("RecoveryService.remove", r -> {
            recovery.remove(r.mayasMarkerId());
            return null;
        }, PARTNER);
        allow("RecoveryService.myAnniversaryReminder", r -> recovery.myAnniversaryReminder(), ANY_PARTNER);
        allow("RecoveryService.setMyAnniversaryReminder", r -> {
            recovery.setMyAnniversaryReminder(null);
            return null;
        }, ANY_PARTNER);
        allow("RecoveryService.timeline", r -> recovery.timeline(r.coupleId()), OWNING_THERAPIST);
        allow("RecoveryService.timelineForProgress", r -> recovery.timelineForProgress(
                systemTask.callAsAdmin(() -> couples.coupleForExport(r.coupleId()))), OWNING_THERAPIST);
        allow("RecoveryService.timelines", r -> recovery.timelines(List.of(r.coupleId())), ANY_THERAPIST);
        allow("RecoveryService.logForCouple", r -> recovery.logForCouple(r.coupleId(),
                marker(org.trustwork.recovery.MarkerKind.DISCLOSURE_SESSION)), OWNING_THERAPIST);
        allow("RecoveryService.setPhase", r -> {
            recovery.setPhase(r.coupleId(), org.trustwork.practice.Phase.ATONEMENT, calendar.today());
            return null;
        }, OWNING_THERAPIST);
        allow("RecoveryService.timelineForExport", r -> recovery.timelineForExport(r.coupleId()), ADMIN);

        internal("DisclosureService.today", "the clinic's date; no record");
        allow("DisclosureService.mine", r -> disclosure.mine(), ANY_PARTNER);
        allow("DisclosureService.myQuestionsToAnswer", r -> disclosure.myQuestionsToAnswer(), ANY_PARTNER);
        allow("DisclosureService.draft", r -> {
            disclosure(r);
            return disclosure.draft("Matrix draft");
        }, PARTNER);
        allow("DisclosureService.submit", r -> {
            disclosure.submit(disclosure(r).toSubmit());
            return null;
        }, PARTNER);
        allow("DisclosureService.revise", r -> {
            disclosure.revise(disclosure(r).toRevise(), "Matrix question, revised");
            return null;
        }, PARTNER);
        allow("DisclosureService.withdraw", r -> {
            disclosure.withdraw(disclosure(r).toWithdraw());
            return null;
        }, PARTNER);
        allow("DisclosureService.answer", r -> {
            disclosure.answer(disclosure(r).released(), "Matrix answer");
            return null;
        }, THE_OTHER_PARTNER);
        allow("DisclosureService.queue", r -> disclosure.queue(r.coupleId()), OWNING_THERAPIST);
        allow("DisclosureService.designateHurtPartner", r -> {
            disclosure.designateHurtPartner(r.coupleId(), r.mayaAccountId());
            return null;
        }, OWNING_THERAPIST);
        allow("DisclosureService.sort", r -> {
            disclosure.sort(disclosure(r).submitted(), org.trustwork.disclosure.QuestionStatus.HELD);
            return null;
        }, OWNING_THERAPIST);
        allow("DisclosureService.suggestWording", r -> {
            disclosure.suggestWording(disclosure(r).submitted(), "Matrix rewording");
            return null;
        }, OWNING_THERAPIST);
        allow("DisclosureService.release", r -> {
            disclosure.release(disclosure(r).approved(), disclosure.today().plusDays(30));
            return null;
        }, OWNING_THERAPIST);
        allow("DisclosureService.mark", r -> {
            disclosure.mark(disclosure(r).released(), org.trustwork.disclosure.Outcome.ANSWERED, null, null);
            return null;
        }, OWNING_THERAPIST);
        allow("DisclosureService.readiness", r -> disclosure.readiness(r.coupleId()), OWNING_THERAPIST);
        allow("DisclosureService.tick", r -> {
            disclosure.tick(r.coupleId(), org.trustwork.disclosure.ReadinessItem.SUPPORT_IN_PLACE, true);
            return null;
        }, OWNING_THERAPIST);
        allow("DisclosureService.scheduleDisclosureSession", r -> disclosure.scheduleDisclosureSession(r.coupleId(),
                r.sessionId(), () -> r.itemId()), OWNING_THERAPIST);
        allow("DisclosureService.isDisclosureItem", r -> disclosure.isDisclosureItem(r.itemId()), ANY_THERAPIST);
        allow("DisclosureService.sessionQuestions", r -> disclosure.sessionQuestions(r.coupleId()), OWNING_THERAPIST);


        // --- The safety screen (issue 21): the partner's own answers; their therapist; nobody else ---
        internal("PracticeService.heldBackUntilSafetyFollowUp", "catalogue flags, no clinical data");
        allow("SafetyService.isWaitingForMe", r -> safety.isWaitingForMe(), ANY_PARTNER);
        allow("SafetyService.answerMine", r -> {
            safety.answerMine(Map.of("humiliated", false, "afraid", false, "forced_sexual", false,
                    "physically_hurt", false));
            return null;
        }, ANY_PARTNER);
        allow("SafetyService.myAnswersFile", r -> safety.myAnswersFile(), ANY_PARTNER);
        allow("SafetyService.statuses", r -> safety.statuses(r.coupleId()), OWNING_THERAPIST);
        allow("SafetyService.statusesForChecklist", r -> safety.statusesForChecklist(r.coupleId()), OWNING_THERAPIST);
        allow("SafetyService.caseloadStatuses", r -> safety.caseloadStatuses(), ANY_THERAPIST);
        allow("SafetyService.answers", r -> safety.answers(r.coupleId(), r.mayaAccountId()), OWNING_THERAPIST);
        allow("SafetyService.askAgain", r -> {
            safety.askAgain(r.coupleId());
            return null;
        }, OWNING_THERAPIST);
        allow("SafetyService.recordFollowUp", r -> {
            var form = new org.trustwork.safety.FollowUpForm();
            form.setHeldOn(calendar.today());
            form.setDecision(org.trustwork.safety.FollowUpDecision.CONTINUE_JOINT);
            safety.recordFollowUp(r.coupleId(), r.mayaAccountId(), form);
            return null;
        }, OWNING_THERAPIST);
        allow("SafetyService.heldBackReason", r -> safety.heldBackReason(r.coupleId(), r.practiceId()),
                OWNING_THERAPIST);
        allow("CoupleDataExport.write", r -> {
            dataExport.write(r.coupleId(), java.io.OutputStream.nullOutputStream());
            return null;
        }, ADMIN);
    }

    private long riveraAccountId() {
        return systemTask.callAsAdmin(() -> accounts.therapists().stream()
                .filter(t -> t.email().equals(DemoClinic.RIVERA)).findFirst().orElseThrow().id());
    }

    private long okaforAccountId() {
        return systemTask.callAsAdmin(() -> accounts.therapists().stream()
                .filter(t -> t.email().equals(DemoClinic.OKAFOR)).findFirst().orElseThrow().id());
    }

    private static MeasureAnswers checkInAnswers() {
        var answers = new MeasureAnswers();
        answers.setPositions(new java.util.HashMap<>(Map.of("trust", 5, "safety", 6, "closeness", 4)));
        return answers;
    }

    private static MeasureAnswers csi4Answers() {
        var answers = new MeasureAnswers();
        answers.setPositions(new java.util.HashMap<>(Map.of("happiness", 3, "warm", 3, "rewarding", 3, "satisfied", 4)));
        return answers;
    }

    @Test
    void every_public_service_method_has_an_entry() {
        describeEveryServiceMethod();
        Set<String> methods = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.trustwork")) {
                continue;
            }
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                    .filter(m -> !m.isSynthetic())
                    .map(Method::getName)
                    .forEach(name -> methods.add(type.getSimpleName() + "." + name));
        }
        Set<String> described = new TreeSet<>(entries.keySet());
        described.addAll(internal.keySet());
        assertThat(described).as("service methods with an access entry").containsExactlyInAnyOrderElementsOf(methods);
    }

    @Test
    void everyone_not_allowed_is_refused_and_everyone_allowed_is_served() {
        describeEveryServiceMethod();
        Records records = records();
        var signIn = new SignedInAs(users, contextHolder);
        List<String> wrong = new ArrayList<>();
        try {
            // The refusals first: an allowed call may change the record (end the session, say).
            entries.forEach((method, entry) -> {
                for (Who who : refused(entry)) {
                    signIn.switchTo(who);
                    Throwable outcome = attempt(entry.call(), records);
                    if (!(outcome instanceof AccessDeniedException || outcome instanceof AuthenticationException)) {
                        wrong.add(who + " calling " + method + " was not refused: "
                                + (outcome == null ? "it returned normally" : outcome));
                    }
                }
            });
            entries.forEach((method, entry) -> {
                for (Who who : entry.allowed()) {
                    signIn.switchTo(who);
                    Throwable outcome = attempt(entry.call(), records);
                    if (outcome instanceof AccessDeniedException || outcome instanceof AuthenticationException) {
                        wrong.add(who + " calling " + method + " was refused: " + outcome.getMessage());
                    }
                }
            });
        } finally {
            contextHolder.clearContext();
            forgetWrongPasswords();
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The own-account entries confirm with a wrong password, which counts towards sign-in throttling like a wrong
     * sign-in; unlock everyone afterwards so that other tests sharing this database can still sign in.
     */
    private void forgetWrongPasswords() {
        for (Who who : Who.values()) {
            if (who.email != null) {
                var user = (org.trustwork.security.TrustworkUser) users.loadUserByUsername(who.email);
                context.publishEvent(new org.trustwork.account.AccountUnlocked(user.accountId()));
            }
        }
    }

    private static Set<Who> refused(Entry entry) {
        Set<Who> refused = EnumSet.allOf(Who.class);
        refused.removeAll(entry.allowed());
        return refused;
    }

    private static Throwable attempt(Call call, Records records) {
        try {
            call.invoke(records);
            return null;
        } catch (Exception | AssertionError e) {
            return e;
        }
    }

    private Records records() {
        long coupleId = clinic.coupleId("Maya & Tom");
        return runAs.as(DemoClinic.RIVERA, () -> {
            long practiceId = practices.bySlug("acknowledge-the-damage").orElseThrow().id();
            var session = sessions.plan(coupleId, clock.instant(), 50);
            session = sessions.addPractice(session.id(), practiceId);
            long templateId = templates.saveAsTemplate(session.id(), "Matrix template").id();
            long maya = couples.couple(coupleId).partners().stream()
                    .filter(p -> p.email().equals(DemoClinic.MAYA)).findFirst().orElseThrow().accountId();
            var form = homework.draftFrom(practiceId);
            form.setAssigneeAccountId(maya);
            form.setEndDate(calendar.today().plusDays(3));
            homework.assign(coupleId, form);
            long occurrenceId = runAs.as(DemoClinic.MAYA, () -> homework.myTasks().stream()
                    .filter(task -> task.title().equals(form.getTitle())).findFirst().orElseThrow().occurrenceId());
            long requestId = checkIns.request(coupleId, "csi-4");
            long checkInId = runAs.as(DemoClinic.MAYA, () -> checkIns.checkIn(checkInAnswers()));
            long markerId = runAs.as(DemoClinic.MAYA, () -> recovery.logMine(
                    marker(org.trustwork.recovery.MarkerKind.TRIGGER)));
            long throwaway = systemTask.callAsAdmin(() -> accounts.createAccount(new NewAccount("Dr Throwaway",
                    "matrix.throwaway." + System.nanoTime() + "@trustwork.example", null, Role.THERAPIST)).id());
            return new Records(coupleId, session.id(), session.agenda().get(0).id(), practiceId, templateId,
                    occurrenceId, maya, requestId, checkInId, throwaway, markerId);
        });
    }

    private org.trustwork.homework.NewHomework draft(Records records) {
        var form = homework.draftFrom(records.practiceId());
        form.setEndDate(calendar.today().plusDays(2));
        return form;
    }

    private org.trustwork.recovery.NewMarker marker(org.trustwork.recovery.MarkerKind kind) {
        var form = new org.trustwork.recovery.NewMarker();
        form.setKind(kind);
        form.setDay(calendar.today());
        form.setKeepPrivate(true);
        return form;
    }

    private static NewAccount newTherapist() {
        var form = new NewAccount();
        form.setDisplayName("Dr Matrix");
        form.setEmail("matrix.therapist@trustwork.example");
        form.setRole(Role.THERAPIST);
        form.setInitialPassword("matrix-password-long");
        return form;
    }

    private NewCouple newCouple() {
        var form = new NewCouple();
        form.setDisplayName("Matrix couple");
        form.setStartDate(java.time.LocalDate.of(2026, 1, 1));
        form.setTherapistAccountId(systemTask.callAsAdmin(() -> accounts.therapists().get(0).id()));
        int n = 0;
        for (var partner : List.of(form.getPartnerOne(), form.getPartnerTwo())) {
            n++;
            partner.setDisplayName("Matrix partner " + n);
            partner.setEmail("matrix" + n + "@couples.example");
            partner.setInitialPassword("matrix-password-long");
        }
        return form;
    }
}
