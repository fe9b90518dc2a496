package org.trustwork.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.trustwork.base.FrameworkOverride;

/** The two places where {@link SecurityConfig} changes what Spring Security and Vaadin build (docs/design-decisions/0007). */
final class SecurityChainOverrides {

    private SecurityChainOverrides() {
    }

    /**
     * Vaadin's security configurer installs its own success handler on the form login filter while the chain is built;
     * this post-processor replaces it afterwards with {@link SignInSteps}, because a correct password of an account with
     * two-factor sign-in must not sign anyone in yet (docs/design-decisions/0007).
     */
    @FrameworkOverride(note = "0007", reliesOn = "Spring Security post-processes the form login filter after Vaadin's configurer set its handler")
    static final class SignInStepsAfterPassword implements ObjectPostProcessor<UsernamePasswordAuthenticationFilter> {

        private final SignInSteps steps;

        SignInStepsAfterPassword(SignInSteps steps) {
            this.steps = steps;
        }

        @Override
        public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
            filter.setAuthenticationSuccessHandler(steps);
            return filter;
        }
    }

    /** Security headers written before the request is handled (docs/design-decisions/0001). */
    @FrameworkOverride(note = "0001", reliesOn = "HeaderWriterFilter.setShouldWriteHeadersEagerly")
    static final class HeadersWrittenEagerly implements ObjectPostProcessor<HeaderWriterFilter> {

        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    }
}
