package org.trustwork.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import java.util.function.Predicate;
import org.trustwork.base.FrameworkOverride;

/**
 * Vaadin's route access check (the views' {@code @RolesAllowed}, {@code @PermitAll}, ...) with the same decisions, but
 * without a class-path scan on every navigation. For a request over HTTP, Vaadin's role checker is the request's own
 * {@code isUserInRole}; to get there it first looks up its role-prefix holder, and its Spring lookup searches every
 * jar for a {@code META-INF/services} entry on each call (about 4 % of the app's CPU under the benchmark's load). The
 * holder only needs setting once, so the first check goes through Vaadin's code, and push requests over a web socket,
 * which have no servlet roles, always do.
 */
@FrameworkOverride(note = "0007", reliesOn = "Vaadin uses a NavigationAccessControl bean and asks getRolesChecker per check")
class ViewAccessControl extends SpringNavigationAccessControl {

    private volatile boolean rolePrefixKnown;

    ViewAccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver decisionResolver) {
        super(checkers, decisionResolver);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        boolean overHttp = request != null && !overWebSocket(request);
        if (!overHttp || !rolePrefixKnown) {
            Predicate<String> vaadins = super.getRolesChecker(request);
            if (overHttp) {
                // Vaadin has now set its role-prefix holder from this request, as it would on every call
                rolePrefixKnown = true;
            }
            return vaadins;
        }
        return request::isUserInRole;
    }

    private static boolean overWebSocket(VaadinRequest request) {
        return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)
                && "websocket".equals(request.getHeader("X-Atmosphere-Transport"));
    }
}
