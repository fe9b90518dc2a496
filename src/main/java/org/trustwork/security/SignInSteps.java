package org.trustwork.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What happens after a correct password: either the person is signed in, or (with two-factor sign-in)
 * they stay signed out with a {@link PendingSignIn} in the session and are sent to the code page.
 */
final class SignInSteps implements AuthenticationSuccessHandler {

    static final String CODE_PAGE = "/login/code";

    private final SecurityContextRepository contextRepository;
    private final SecurityContextHolderStrategy contextHolder;
    private final Clock clock;
    private final AuthenticationSuccessHandler signedIn;

    SignInSteps(SecurityContextRepository contextRepository, SecurityContextHolderStrategy contextHolder, Clock clock,
                AuthenticationSuccessHandler signedIn) {
        this.contextRepository = contextRepository;
        this.contextHolder = contextHolder;
        this.clock = clock;
        this.signedIn = signedIn;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        HttpSession session = request.getSession();
        if (authentication instanceof PendingSignInToken pending) {
            // Nobody is signed in until the code is right: the context is emptied, in memory and in the session.
            contextHolder.getContext().setAuthentication(null);
            var empty = contextHolder.createEmptyContext();
            contextHolder.setContext(empty);
            contextRepository.saveContext(empty, request, response);
            session.removeAttribute(SessionPolicy.SIGNED_IN_AT);
            session.setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending.getPrincipal());
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        session.setAttribute(SessionPolicy.SIGNED_IN_AT, clock.instant());
        session.setAttribute(SessionPolicy.LAST_ACTIVITY, clock.instant());
        signedIn.onAuthenticationSuccess(request, response, authentication);
    }

    static AuthenticationSuccessHandler toSavedRequest() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        return handler;
    }
}
