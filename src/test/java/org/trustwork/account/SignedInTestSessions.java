package org.trustwork.account;

import jakarta.servlet.http.HttpSessionEvent;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.trustwork.security.SignedInSessions;
import org.trustwork.security.TrustworkUser;

/** An HTTP session in which someone is signed in, known to {@link SignedInSessions} as a real one would be. */
record SignedInTestSessions(SignedInSessions sessions, UserDetailsService users) {

    MockHttpSession signedIn(String email) {
        var session = new MockHttpSession();
        var user = (TrustworkUser) users.loadUserByUsername(email);
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        sessions.sessionCreated(new HttpSessionEvent(session));
        return session;
    }

    void forget(MockHttpSession session) {
        sessions.sessionDestroyed(new HttpSessionEvent(session));
    }
}
