package org.trustwork.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A sign-in refused without checking the password because too many attempts failed recently. */
public class LoginThrottledException extends BadCredentialsException {

    public LoginThrottledException() {
        super("Too many failed attempts");
    }
}
