package org.trustwork.twofactor.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import org.trustwork.security.CurrentUser;
import org.trustwork.twofactor.TwoFactorService;

/**
 * Sends a signed-in admin or therapist without two-factor sign-in to "My account" until they set it up:
 * no other screen opens before that.
 */
@Component
class TwoFactorGuard implements VaadinServiceInitListener {

    private static final String ENROLLED = TwoFactorGuard.class.getName() + ".enrolled";

    private final CurrentUser currentUser;
    private final TwoFactorService twoFactor;

    TwoFactorGuard(CurrentUser currentUser, TwoFactorService twoFactor) {
        this.currentUser = currentUser;
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == MyAccountView.class || event.getNavigationTarget() == SignInCodeView.class
                || currentUser.get().isEmpty()) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(ENROLLED))) {
            return;
        }
        if (twoFactor.mustEnrol()) {
            event.forwardTo(MyAccountView.class);
        } else if (session != null) {
            session.setAttribute(ENROLLED, Boolean.TRUE);
        }
    }
}
