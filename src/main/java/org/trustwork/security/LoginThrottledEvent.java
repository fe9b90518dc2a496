package org.trustwork.security;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;

/** A sign-in attempt refused by throttling; audited like any other failed sign-in. */
public class LoginThrottledEvent extends AbstractAuthenticationFailureEvent {

    public LoginThrottledEvent(Authentication authentication, LoginThrottledException exception) {
        super(authentication, exception);
    }
}
