package org.trustwork.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.WrappedSession;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.audit.AuditLogTestAccess;
import org.trustwork.couple.CoupleService;
import org.trustwork.caseload.ui.CoupleView;
import org.trustwork.security.SystemTask;
import org.trustwork.security.SessionPolicy;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.ui.SessionView;

/**
 * An open screen that nobody uses is signed out on time even though its heartbeat keeps the HTTP session
 * alive: the check runs on the server against the clock, which the test moves instead of waiting.
 */
@TrustworkTest
@WithUserDetails(DemoClinic.RIVERA)
class IdleLogoffTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    IdleLogoff idleLogoff;
    @Autowired
    TestClock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    CoupleService couples;
    @Autowired
    SessionNotesService notes;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    UserDetailsService users;
    @Autowired
    AuditLogTestAccess audit;

    WrappedSession http;
    long coupleId;

    @BeforeEach
    void signedInAsAtSignIn() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        http = UI.getCurrent().getSession().getSession();
        // What Spring Security keeps in the HTTP session after a real sign-in.
        http.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, contextHolder.getContext());
        http.setAttribute(SessionPolicy.SIGNED_IN_AT, clock.instant());
        http.removeAttribute(SessionPolicy.LAST_ACTIVITY);
        http.removeAttribute(SessionPolicy.WARNED);
        idleLogoff.check(UI.getCurrent()); // the first look starts the count
    }

    private boolean warningShown() {
        return find(IdleLogoff.IdleWarning.class).exists();
    }

    private boolean signedOut() {
        try {
            http.getAttribute(SessionPolicy.LAST_ACTIVITY);
            return false;
        } catch (IllegalStateException invalidated) {
            return true;
        }
    }

    @Test
    void heartbeats_are_not_activity_but_requests_from_the_screen_are() {
        VaadinRequest heartbeat = mock(VaadinRequest.class);
        when(heartbeat.getParameter("v-r")).thenReturn("heartbeat");
        VaadinRequest uidl = mock(VaadinRequest.class);
        when(uidl.getParameter("v-r")).thenReturn("uidl");
        assertThat(IdleLogoff.isUserActivity(heartbeat)).isFalse();
        assertThat(IdleLogoff.isUserActivity(uidl)).isTrue();
    }

    @Test
    void a_therapist_left_idle_is_warned_after_14_minutes_and_signed_out_at_15_with_typed_notes_saved() {
        navigate("couples/" + coupleId, CoupleView.class);
        test(find(Button.class).withId("start-session-now").single()).click();
        long sessionId = Long.parseLong(getCurrentView().getElement().getAttribute("data-session-id"));
        assertThat(getCurrentView()).isInstanceOf(SessionView.class);
        http.setAttribute(SessionPolicy.LAST_ACTIVITY, clock.instant());
        // Typed into the notes, never sent off by autosave (as if the browser had not got round to it).
        find(TextArea.class).all().getFirst().setValue("She named the secret for the first time.");

        clock.advance(Duration.ofMinutes(13).plusSeconds(59));
        idleLogoff.check(UI.getCurrent());
        assertThat(warningShown()).isFalse();

        clock.advance(Duration.ofSeconds(2));
        idleLogoff.check(UI.getCurrent());
        assertThat(warningShown()).isTrue();
        assertThat(signedOut()).isFalse();

        clock.advance(Duration.ofMinutes(1));
        idleLogoff.check(UI.getCurrent());
        assertThat(signedOut()).isTrue();
        // Read back as the therapist from outside the ended screen.
        com.vaadin.flow.server.VaadinSession.setCurrent(null);
        UI.setCurrent(null);
        assertThat(runAs.as(DemoClinic.RIVERA, () -> notes.open(sessionId, null).body()))
                .isEqualTo("She named the secret for the first time.");
        assertThat(audit.latest(3)).anySatisfy(event -> assertThat(event.getDetail()).isEqualTo("Signed out"));
    }

    @Test
    void two_checks_before_the_screen_is_drawn_show_one_warning() {
        clock.advance(Duration.ofMinutes(14).plusSeconds(5));
        UI ui = UI.getCurrent();
        idleLogoff.check(ui);
        idleLogoff.check(ui);
        com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
        assertThat(find(IdleLogoff.IdleWarning.class).all()).hasSize(1);
        assertThat(find(Button.class).withText("Stay signed in").all()).hasSize(1);
    }

    @Test
    void stay_signed_in_starts_the_count_again() {
        clock.advance(Duration.ofMinutes(14).plusSeconds(5));
        idleLogoff.check(UI.getCurrent());
        assertThat(warningShown()).isTrue();
        test(find(Button.class).withText("Stay signed in").single()).click();
        assertThat(warningShown()).isFalse();

        clock.advance(Duration.ofMinutes(10));
        idleLogoff.check(UI.getCurrent());
        assertThat(signedOut()).isFalse();
        assertThat(warningShown()).isFalse();
    }

    @Test
    void while_the_warning_shows_only_stay_signed_in_counts_not_focus_moving_into_the_dialog() {
        clock.advance(Duration.ofMinutes(14).plusSeconds(5));
        idleLogoff.check(UI.getCurrent());
        assertThat(warningShown()).isTrue();
        assertThat(http.getAttribute(SessionPolicy.WARNED)).isNotNull();
        clock.advance(Duration.ofMinutes(1));
        idleLogoff.check(UI.getCurrent());
        assertThat(signedOut()).isTrue();
    }

    @Test
    void a_partner_has_30_minutes() {
        var maya = users.loadUserByUsername(DemoClinic.MAYA);
        http.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(maya, null, maya.getAuthorities())));
        clock.advance(Duration.ofMinutes(20));
        idleLogoff.check(UI.getCurrent());
        assertThat(signedOut()).isFalse();
        assertThat(warningShown()).isFalse();
        clock.advance(Duration.ofMinutes(9).plusSeconds(30));
        idleLogoff.check(UI.getCurrent());
        assertThat(warningShown()).isTrue();
        clock.advance(Duration.ofSeconds(31));
        idleLogoff.check(UI.getCurrent());
        assertThat(signedOut()).isTrue();
    }

    @Test
    void a_busy_session_still_ends_12_hours_after_sign_in() {
        http.setAttribute(SessionPolicy.SIGNED_IN_AT, clock.instant().minus(Duration.ofHours(12)).plusSeconds(30));
        http.setAttribute(SessionPolicy.LAST_ACTIVITY, clock.instant());
        idleLogoff.check(UI.getCurrent());
        assertThat(signedOut()).isFalse();
        clock.advance(Duration.ofSeconds(31));
        http.setAttribute(SessionPolicy.LAST_ACTIVITY, clock.instant());
        idleLogoff.check(UI.getCurrent());
        assertThat(signedOut()).isTrue();
    }
}
