package org.trustwork.security.ui;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers, in the browser's own HTTP session, the e-mail address of a sign-in that just failed, so the sign-in
 * page it returns to can show it again instead of an empty field. Only what this browser typed, only until the
 * sign-in page has shown it once.
 */
@Component
class TypedEmail {

    static final String ATTRIBUTE = TypedEmail.class.getName();
    /** Longer than any address: whatever else was typed is not worth keeping. */
    private static final int MAX = 254;

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object typed = event.getAuthentication().getPrincipal();
        if (request != null && typed instanceof String email && !email.isBlank() && email.length() <= MAX) {
            request.setAttribute(ATTRIBUTE, email.strip(), RequestAttributes.SCOPE_SESSION);
        }
    }
}
