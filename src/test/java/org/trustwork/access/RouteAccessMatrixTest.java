package org.trustwork.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustwork.access.Who.ADMIN;
import static org.trustwork.access.Who.ANONYMOUS;
import static org.trustwork.access.Who.OTHER_COUPLES_PARTNER;
import static org.trustwork.access.Who.OTHER_THERAPIST;
import static org.trustwork.access.Who.OWNING_THERAPIST;
import static org.trustwork.access.Who.PARTNER;
import static org.trustwork.access.Who.THE_OTHER_PARTNER;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.admin.ui.AccountsView;
import org.trustwork.account.ui.InviteView;
import org.trustwork.account.ui.SetupView;
import org.trustwork.shell.AccessDeniedView;
import org.trustwork.shell.HomeView;
import org.trustwork.couple.CoupleService;
import org.trustwork.caseload.ui.CaseloadView;
import org.trustwork.caseload.ui.CoupleView;
import org.trustwork.partner.ui.MyHomeworkHistoryView;
import org.trustwork.partner.ui.MyHomeworkView;
import org.trustwork.practice.ui.PracticeLibraryView;
import org.trustwork.practice.ui.PracticeView;
import org.trustwork.emergency.ui.EmergencyAccessView;
import org.trustwork.progress.ui.CheckInView;
import org.trustwork.twofactor.ui.MyAccountView;
import org.trustwork.twofactor.ui.SignInCodeView;
import org.trustwork.progress.ui.DashboardView;
import org.trustwork.security.ui.LoginView;
import org.trustwork.session.SessionService;
import org.trustwork.session.ui.MySummariesView;
import org.trustwork.session.ui.SessionView;

/**
 * Every route, typed into the address bar by every kind of person, for records they own and records they
 * do not. A new route without an entry here fails the test: decide who may open it before it ships.
 */
@TrustworkTest
class RouteAccessMatrixTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    CoupleService couples;
    @Autowired
    SessionService sessions;
    @Autowired
    Clock clock;

    /** The records of Maya &amp; Tom (Dr Rivera's couple) that parameterised routes are opened with. */
    record Records(long coupleId, long sessionId) {
    }

    /** Who may open a route, and the address to type for the owning couple's record. */
    record Entry(Function<Records, String> address, Map<Who, Class<?>> outcomes) {
    }

    private static Entry openTo(Class<?> view, Function<Records, String> address, Who... allowed) {
        Map<Who, Class<?>> outcomes = new EnumMap<>(Who.class);
        Set<Who> may = EnumSet.noneOf(Who.class);
        may.addAll(List.of(allowed));
        for (Who who : Who.values()) {
            outcomes.put(who, may.contains(who) ? view : who == ANONYMOUS ? LoginView.class : AccessDeniedView.class);
        }
        return new Entry(address, outcomes);
    }

    private static Entry withOutcomes(Function<Records, String> address, Map<Who, Class<?>> outcomes) {
        return new Entry(address, new EnumMap<>(outcomes));
    }

    private static final Who[] ANY_PARTNER = {PARTNER, THE_OTHER_PARTNER, OTHER_COUPLES_PARTNER};
    private static final Who[] ANY_THERAPIST_OR_PARTNER =
            {OWNING_THERAPIST, OTHER_THERAPIST, PARTNER, THE_OTHER_PARTNER, OTHER_COUPLES_PARTNER};

    private static Map<Class<?>, Entry> matrix() {
        Map<Class<?>, Entry> matrix = new LinkedHashMap<>();
        matrix.put(LoginView.class, withOutcomes(r -> "login", everyone(LoginView.class)));
        matrix.put(HomeView.class, withOutcomes(r -> "", Map.of(
                ANONYMOUS, LoginView.class, ADMIN, AccountsView.class,
                OWNING_THERAPIST, CaseloadView.class, OTHER_THERAPIST, CaseloadView.class,
                PARTNER, MyHomeworkView.class, THE_OTHER_PARTNER, MyHomeworkView.class,
                OTHER_COUPLES_PARTNER, MyHomeworkView.class)));
        matrix.put(AccountsView.class, openTo(AccountsView.class, r -> "admin/accounts", ADMIN));
        matrix.put(CaseloadView.class, openTo(CaseloadView.class, r -> "caseload", OWNING_THERAPIST, OTHER_THERAPIST));
        matrix.put(CoupleView.class, openTo(CoupleView.class, r -> "couples/" + r.coupleId(), OWNING_THERAPIST));
        matrix.put(SessionView.class, openTo(SessionView.class, r -> "sessions/" + r.sessionId(), OWNING_THERAPIST));
        matrix.put(PracticeLibraryView.class, openTo(PracticeLibraryView.class, r -> "practices",
                ANY_THERAPIST_OR_PARTNER));
        matrix.put(PracticeView.class, openTo(PracticeView.class, r -> "practices/acknowledge-the-damage",
                ANY_THERAPIST_OR_PARTNER));
        matrix.put(MyHomeworkView.class, openTo(MyHomeworkView.class, r -> "my-homework", ANY_PARTNER));
        matrix.put(MyHomeworkHistoryView.class,
                openTo(MyHomeworkHistoryView.class, r -> "my-homework/history", ANY_PARTNER));
        matrix.put(MySummariesView.class, openTo(MySummariesView.class, r -> "my-sessions", ANY_PARTNER));
        matrix.put(DashboardView.class, openTo(DashboardView.class, r -> "couples/" + r.coupleId() + "/progress",
                OWNING_THERAPIST));
        matrix.put(CheckInView.class, openTo(CheckInView.class, r -> "check-in", ANY_PARTNER));
        matrix.put(org.trustwork.recovery.ui.MyStoryView.class, openTo(org.trustwork.recovery.ui.MyStoryView.class,
                r -> "my-story", ANY_PARTNER));

        matrix.put(org.trustwork.disclosure.ui.MyDisclosureView.class, openTo(
                org.trustwork.disclosure.ui.MyDisclosureView.class, r -> "my-disclosure", ANY_PARTNER));
        matrix.put(org.trustwork.disclosure.ui.DisclosureQueueView.class, openTo(
                org.trustwork.disclosure.ui.DisclosureQueueView.class, r -> "couples/" + r.coupleId() + "/disclosure",
                OWNING_THERAPIST));
        matrix.put(MyAccountView.class, openTo(MyAccountView.class, r -> "account", ADMIN, OWNING_THERAPIST,
                OTHER_THERAPIST, PARTNER, THE_OTHER_PARTNER, OTHER_COUPLES_PARTNER));
        // The code form is harmless to show; what it posts is checked against the pending sign-in.
        matrix.put(SignInCodeView.class, withOutcomes(r -> "login/code", everyone(SignInCodeView.class)));
        matrix.put(EmergencyAccessView.class, openTo(EmergencyAccessView.class, r -> "admin/emergency-access", ADMIN));
        // A link's page shows the same calm answer to anyone for a link that does not work.
        matrix.put(InviteView.class, withOutcomes(r -> "invite/not-a-real-link", everyone(InviteView.class)));
        // "Forgot password?" answers the same for any address, so anyone may open it.
        matrix.put(org.trustwork.account.ui.ForgotPasswordView.class, withOutcomes(r -> "forgot-password",
                everyone(org.trustwork.account.ui.ForgotPasswordView.class)));
        // The clinic has accounts, so the setup page is gone for everyone: it leads to the sign-in page.
        matrix.put(org.trustwork.admin.ui.AuditLogView.class, openTo(org.trustwork.admin.ui.AuditLogView.class,
                r -> "admin/audit", ADMIN));
        matrix.put(SetupView.class, withOutcomes(r -> "setup", everyone(LoginView.class)));
        // --- Data rights (feature/datarights) ---
        matrix.put(org.trustwork.datarights.ui.CouplesAdminView.class, openTo(
                org.trustwork.datarights.ui.CouplesAdminView.class, r -> "admin/couples", ADMIN));
        // --- The safety screen (issue 21): every partner has their own; the page shows only their own ---
        matrix.put(org.trustwork.safety.ui.JustForYouView.class, openTo(org.trustwork.safety.ui.JustForYouView.class,
                r -> "for-you", ANY_PARTNER));
        return matrix;
    }

    private static Map<Who, Class<?>> everyone(Class<?> view) {
        Map<Who, Class<?>> outcomes = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            outcomes.put(who, view);
        }
        return outcomes;
    }

    @Autowired
    NavigationAccessControl accessControl;

    /** The matrix below must exercise the check that runs in the app, not Vaadin's default one beside it. */
    @Test
    void the_route_check_in_use_is_the_one_without_a_class_path_scan() {
        assertThat(accessControl.getClass().getSimpleName()).isEqualTo("ViewAccessControl");
        assertThat(accessControl.isEnabled()).isTrue();
    }

    @Test
    void every_route_has_an_entry_in_the_matrix() {
        Set<Class<?>> routes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.trustwork").stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Route.class))
                .map(javaClass -> (Class<?>) javaClass.reflect())
                .collect(Collectors.toSet());
        assertThat(matrix().keySet()).as("routes with an access entry").containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void every_person_gets_exactly_the_screens_the_matrix_allows() {
        var records = ownedRecords();
        var signIn = new SignedInAs(users, contextHolder);
        List<String> wrong = new ArrayList<>();
        matrix().forEach((route, entry) -> entry.outcomes().forEach((who, expected) -> {
            signIn.switchTo(who);
            String address = entry.address().apply(records);
            UI.getCurrent().navigate(address);
            Class<?> shown = getCurrentView().getClass();
            if (!shown.equals(expected)) {
                wrong.add(who + " opening /" + address + " saw " + shown.getSimpleName()
                        + ", expected " + expected.getSimpleName());
            }
        }));
        assertThat(wrong).isEmpty();
    }

    private Records ownedRecords() {
        long coupleId = clinic.coupleId("Maya & Tom");
        long sessionId = runAs.as(DemoClinic.RIVERA,
                () -> sessions.plan(coupleId, clock.instant(), 50).id());
        return new Records(coupleId, sessionId);
    }
}
