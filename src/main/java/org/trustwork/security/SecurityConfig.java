package org.trustwork.security;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.trustwork.security.ui.LoginView;

@Configuration
@EnableWebSecurity
// Services use @PreAuthorize; JSR-250 stays off so that the @RolesAllowed on views is read by Vaadin alone.
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * The tightest policy under which Vaadin Flow runs: its bootstrap page starts the client engine with an
     * inline script and the engine turns executeJs() calls into functions ('unsafe-eval'); components set
     * inline styles. Everything else is same-origin only; images may be data: URIs (the enrolment QR code).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * The route access check Vaadin would build, as {@link ViewAccessControl}: the same checkers and decisions
     * without a class-path scan per navigation. Primary, so Vaadin's initializer installs this one.
     */
    @Bean
    @Primary
    NavigationAccessControl viewAccessControl(List<NavigationAccessChecker> checkers,
                                              NavigationAccessControlConfigurer configurer) {
        return configurer.build(ViewAccessControl::new, checkers);
    }

    /**
     * The load balancer's health checks (Actuator liveness and readiness): open to anyone, and stateless, so that a
     * probe every few seconds never creates an HTTP session. Only the status is shown, never details.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain healthChecks(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecondFactor secondFactor, LoginThrottling throttling,
                                            UserDetailsService users, SecurityContextHolderStrategy contextHolder,
                                            ApplicationEventPublisher events, Clock clock, SessionPolicy sessionPolicy)
            throws Exception {
        SecurityContextRepository contextRepository = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        var codeStep = new SecondFactorFilter(secondFactor, throttling, users, contextRepository, contextHolder,
                new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository()), events, clock);
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/scripts/**",
                        "/icons/**", "/manifest.webmanifest").permitAll())
                // An unknown address reaches Vaadin, whose not-found page a signed-in person gets for it just as for
                // a screen that is not theirs; Vaadin's default (deny) answered it with a bare 403 instead, which
                // told which addresses are screens. Vaadin's navigation access control still guards every route.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(url -> url.authenticated()))
                // Vaadin sets its own success handler while the chain is built; this one replaces it afterwards.
                .formLogin(form -> form.withObjectPostProcessor(new SecurityChainOverrides.SignInStepsAfterPassword(
                        new SignInSteps(contextRepository, contextHolder, clock, SignInSteps.toSavedRequest()))))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .addFilterBefore(new SameOriginSignIn(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(codeStep, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(clock, sessionPolicy, contextHolder),
                        SecurityContextHolderFilter.class)
                .logout(logout -> logout.invalidateHttpSession(true).clearAuthentication(true))
                .headers(headers -> headers
                        // Written before the request is handled, not when the response is committed: Vaadin's pages
                        // are reached through a forward after which Tomcat no longer lets Spring see the commit
                        // (docs/design-decisions/0001-security-headers-written-eagerly.md).
                        .withObjectPostProcessor(new SecurityChainOverrides.HeadersWrittenEagerly())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // HSTS is sent on HTTPS requests only (Spring Security's default); a year, with subdomains.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .build();
    }

    /**
     * New passwords are stored as {bcrypt-sha256}: bcrypt (strength 10) over the password's SHA-256, so passwords
     * longer than bcrypt's 72 bytes work. Hashes stored earlier as {bcrypt} still match;
     * the prefix records the algorithm so it can be upgraded later.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return passwords();
    }

    static PasswordEncoder passwords() {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put(Sha256BcryptPasswordEncoder.ID, new Sha256BcryptPasswordEncoder());
        encoders.put("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder());
        var delegating = new org.springframework.security.crypto.password.DelegatingPasswordEncoder(
                Sha256BcryptPasswordEncoder.ID, encoders);
        return delegating;
    }
}
