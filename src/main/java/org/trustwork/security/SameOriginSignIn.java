package org.trustwork.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in post sent from another site's page (login CSRF: a page elsewhere signing the visitor's browser
 * into an account the attacker controls). Vaadin's login form posts without a CSRF token, and Vaadin's security
 * configurer exempts the login path from Spring's token check, so this filter asks the browser instead: its
 * {@code Sec-Fetch-Site}, {@code Origin} and {@code Referer} headers, which a page cannot forge. A post that carries
 * none of them does not come from a browser following another site's page, and is let through to the throttled
 * password check like any other.
 */
final class SameOriginSignIn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginSignIn.class);

    private final RequestMatcher signInPosts = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SignInSteps.CODE_PAGE));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (signInPosts.matches(request) && !fromOwnPage(request)) {
            // Behind a proxy that does not forward the original host and scheme every sign-in lands here: say so.
            log.warn("Refused a sign-in post from another site (Origin {}, Sec-Fetch-Site {}); if this is your own "
                            + "site, the proxy must forward Host and X-Forwarded-Proto (docs/operations.md)",
                    request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromOwnPage(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String own = ownOrigin(request);
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return origin.toLowerCase(Locale.ROOT).equals(own);
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return originOf(referer).equals(own);
        }
        return true;
    }

    /**
     * The origin the browser addressed: the scheme (from X-Forwarded-Proto behind a proxy) and the Host it sent, which
     * a proxy passes on. Without a Host header (HTTP/1.0), the server's own name and port.
     */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        String host = request.getHeader("Host");
        if (host != null && !host.isBlank()) {
            return originOf(scheme + "://" + host.strip());
        }
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
