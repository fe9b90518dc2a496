package org.trustwork.security.ui;

import org.trustwork.base.ui.SavesBeforeLogoff;
import com.vaadin.flow.component.Component;
import org.trustwork.base.TrustworkProperties;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.trustwork.security.SessionPolicy;
import org.trustwork.security.TrustworkUser;

/**
 * Signs a person out after 15 minutes (staff) or 30 minutes (partners) without using Trustwork, with a
 * warning a minute before, and 12 hours after sign-in however active they are.
 *
 * <p>Vaadin's heartbeat keeps an open tab's session alive, so the servlet session timeout alone never
 * fires. Activity is therefore counted here: every request carrying user interaction (Vaadin "UIDL"
 * requests; heartbeats are not) moves the session's last-activity time. A scheduled check looks at each
 * open screen, shows the warning, and at the deadline saves typed notes ({@link SavesBeforeLogoff}),
 * sends the browser to the sign-in page over Push and ends the HTTP session. While the warning shows,
 * only "Stay signed in" counts as activity (focus moving into the dialog must not count).
 */
@org.springframework.stereotype.Component
public class IdleLogoff implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleLogoff.class);

    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SessionPolicy policy;
    private final Duration warningBefore;
    private final Set<UI> openScreens = ConcurrentHashMap.newKeySet();

    IdleLogoff(Clock clock, ApplicationEventPublisher events, SessionPolicy policy,
               TrustworkProperties properties) {
        this.clock = clock;
        this.events = events;
        this.policy = policy;
        this.warningBefore = properties.security().idle().warning();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler((session, request, response) -> {
            if (session != null && isUserActivity(request)) {
                WrappedSession http = session.getSession();
                if (http != null && http.getAttribute(SessionPolicy.WARNED) == null) {
                    http.setAttribute(SessionPolicy.LAST_ACTIVITY, clock.instant());
                }
            }
            return false;
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            openScreens.add(ui);
            ui.addDetachListener(detach -> openScreens.remove(ui));
        });
    }

    /** Interaction reaches the server as UIDL requests; heartbeats and resources do not count. */
    static boolean isUserActivity(VaadinRequest request) {
        return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL);
    }

    @Scheduled(fixedDelayString = "${trustwork.security.idle.check-interval:5s}")
    void checkOpenScreens() {
        for (UI ui : openScreens) {
            if (ui.isClosing() || ui.getSession() == null) {
                openScreens.remove(ui);
                continue;
            }
            try {
                ui.access(() -> check(ui));
            } catch (RuntimeException gone) {
                openScreens.remove(ui);
            }
        }
    }

    /** Looks at one screen; call with its session locked (tests call it directly after moving the clock). */
    public void check(UI ui) {
        WrappedSession http;
        try {
            http = ui.getSession().getSession();
            if (http == null) {
                return;
            }
        } catch (IllegalStateException invalidated) {
            return;
        }
        Optional<TrustworkUser> user = signedIn(http);
        if (user.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant last = http.getAttribute(SessionPolicy.LAST_ACTIVITY) instanceof Instant at ? at : null;
        if (last == null) {
            http.setAttribute(SessionPolicy.LAST_ACTIVITY, now);
            return;
        }
        Instant deadline = last.plus(policy.idleLimit(user.get().role()));
        if (policy.pastLifetime(http.getAttribute(SessionPolicy.SIGNED_IN_AT), now)) {
            signOut(ui, http, "expired");
        } else if (!now.isBefore(deadline)) {
            signOut(ui, http, "signed-out");
        } else if (!now.isBefore(deadline.minus(warningBefore))) {
            http.setAttribute(SessionPolicy.WARNED, now);
            warning(ui, true, http);
        } else {
            warning(ui, false, http);
        }
    }

    private static Optional<TrustworkUser> signedIn(WrappedSession http) {
        return SessionPolicy.signedIn(http.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
    }

    /**
     * The warning a screen shows is kept on its UI, not looked up among its components: a dialog joins the component
     * tree only when the response is written, so a second check before then (the scheduled one and a test, or two
     * ticks on a busy server) would open a second dialog; and no check has to walk every component of every screen.
     */
    private void warning(UI ui, boolean show, WrappedSession http) {
        IdleWarning open = ComponentUtil.getData(ui, IdleWarning.class);
        if (show && (open == null || !open.isOpened())) {
            var dialog = new IdleWarning(() -> {
                http.removeAttribute(SessionPolicy.WARNED);
                http.setAttribute(SessionPolicy.LAST_ACTIVITY, clock.instant());
            });
            ComponentUtil.setData(ui, IdleWarning.class, dialog);
            dialog.open();
        } else if (!show && open != null) {
            open.close();
            ComponentUtil.setData(ui, IdleWarning.class, null);
        }
    }

    private void signOut(UI ui, WrappedSession http, String reason) {
        descendants(ui).filter(SavesBeforeLogoff.class::isInstance).map(SavesBeforeLogoff.class::cast)
                .forEach(editor -> {
                    try {
                        editor.saveBeforeLogoff();
                    } catch (RuntimeException e) {
                        log.warn("Could not save before the automatic logoff", e);
                    }
                });
        Authentication authentication = ((SecurityContext) http.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication();
        ui.getPage().setLocation("login?" + reason);
        try {
            ui.push();
            // Tomcat closes a push web socket as soon as its signed-in HTTP session ends, written or not: the
            // browser then lost "go to the sign-in page" and showed the bare sign-in page without the reason.
            // Disconnecting first waits (up to a second) until the message has gone out.
            var push = ui.getInternals().getPushConnection();
            if (push != null && push.isConnected()) {
                push.disconnect();
            }
        } catch (RuntimeException noPush) {
            // the browser finds its session gone at its next request instead
        }
        openScreens.remove(ui);
        events.publishEvent(new LogoutSuccessEvent(authentication));
        try {
            http.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // another screen of the same session got there first
        }
    }

    static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(IdleLogoff::descendants));
    }

    /** The "you will be signed out" dialog. */
    static final class IdleWarning extends Dialog {

        IdleWarning(Runnable stay) {
            setHeaderTitle("Still there?");
            setWidth("min(28rem, 100vw)");
            addClassName("tw-idle-warning");
            setCloseOnEsc(false);
            setCloseOnOutsideClick(false);
            add(new Paragraph("For your clients' privacy, Trustwork signs you out after a while without use. "
                    + "You will be signed out in about a minute. Notes you typed are saved first."));
            var keep = new Button("Stay signed in", click -> {
                stay.run();
                close();
            });
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(keep);
        }
    }
}
