package org.trustwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second sign-in step: a form post of a six-digit code or a recovery code to /login/code, accepted
 * only with a fresh {@link PendingSignIn} in the session and counted by the same throttling as passwords.
 * Success signs the person in with a new session id, exactly as a password-only sign-in does.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

    /** How long a correct password waits for its code. */
    static final Duration CODE_WAIT = Duration.ofMinutes(5);

    private final RequestMatcher codePost = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, SignInSteps.CODE_PAGE);
    private final SecondFactor secondFactor;
    private final LoginThrottling throttling;
    private final UserDetailsService users;
    private final SecurityContextRepository contextRepository;
    private final SecurityContextHolderStrategy contextHolder;
    private final CsrfAuthenticationStrategy csrfRotation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactorFilter(SecondFactor secondFactor, LoginThrottling throttling, UserDetailsService users,
                       SecurityContextRepository contextRepository, SecurityContextHolderStrategy contextHolder,
                       CsrfAuthenticationStrategy csrfRotation, ApplicationEventPublisher events, Clock clock) {
        this.secondFactor = secondFactor;
        this.throttling = throttling;
        this.users = users;
        this.contextRepository = contextRepository;
        this.contextHolder = contextHolder;
        this.csrfRotation = csrfRotation;
        this.events = events;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!codePost.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null
                : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        if (pending == null || clock.instant().isAfter(pending.passwordCheckedAt().plus(CODE_WAIT))) {
            if (session != null) {
                session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
            }
            redirect(request, response, "/login?expired");
            return;
        }
        String code = request.getParameter("code");
        String address = request.getRemoteAddr();
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(pending.email(), null);
        var counted = throttling.begin(pending.email(), address);
        if (counted.isEmpty()) {
            var refused = new LoginThrottledException();
            events.publishEvent(new LoginThrottledEvent(attempt, refused));
            redirect(request, response, SignInSteps.CODE_PAGE + "?error");
            return;
        }
        if (code == null || code.isBlank() || !secondFactor.verify(pending.accountId(), code)) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
                    new BadCredentialsException("Wrong second factor")));
            redirect(request, response, SignInSteps.CODE_PAGE + "?error");
            return;
        }
        throttling.succeeded(counted.get());
        throttling.recordSuccess(pending.email());
        UserDetails user = users.loadUserByUsername(pending.email());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        // A new session id and CSRF token at the moment the person becomes signed in.
        request.changeSessionId();
        csrfRotation.onAuthentication(authentication, request, response);
        session = request.getSession();
        session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        session.setAttribute(SessionPolicy.SIGNED_IN_AT, clock.instant());
        session.setAttribute(SessionPolicy.LAST_ACTIVITY, clock.instant());
        var context = contextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        contextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
        redirect(request, response, "/");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
