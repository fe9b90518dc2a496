package org.trustwork.security;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling in front of it. Every answer costs one password hash, whether the
 * account exists, is disabled, or is throttled, so neither the message nor the timing tells them apart.
 */
@Component
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottling throttling;
    private final SecondFactor secondFactor;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile String dummyHash;

    ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                     LoginThrottling throttling, SecondFactor secondFactor,
                                     ApplicationEventPublisher events, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        // Check the password first and the account state after, so a disabled account costs a hash too.
        UserDetailsChecker accountState = user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Account disabled");
            }
        };
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(accountState);
        this.passwordEncoder = passwordEncoder;
        this.throttling = throttling;
        this.secondFactor = secondFactor;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        String address = remoteAddress(authentication);
        // Counted before the hash, so simultaneous guesses cannot all pass the limit (LoginThrottling).
        var attempt = throttling.begin(email, address);
        if (attempt.isEmpty()) {
            spendOneHash(authentication);
            var refused = new LoginThrottledException();
            events.publishEvent(new LoginThrottledEvent(authentication, refused));
            throw refused;
        }
        Authentication result = passwords.authenticate(authentication);
        throttling.succeeded(attempt.get());
        TrustworkUser user = (TrustworkUser) result.getPrincipal();
        if (secondFactor.isEnrolled(user.accountId())) {
            return new PendingSignInToken(new PendingSignIn(user.accountId(), user.getUsername(), clock.instant()));
        }
        throttling.recordSuccess(email);
        return result;
    }

    private void spendOneHash(Authentication authentication) {
        if (dummyHash == null) {
            dummyHash = passwordEncoder.encode("throttled-sign-in-dummy");
        }
        Object credentials = authentication.getCredentials();
        passwordEncoder.matches(credentials == null ? "" : credentials.toString(), dummyHash);
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
