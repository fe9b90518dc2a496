package org.trustwork.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vaadin's build files carry a hash of their content in their names ({@code VAADIN/build/indexhtml-BH3bK9Zk.js}):
 * a new build has new names, so a browser may keep them for a year without asking again. Vaadin serves them with an
 * hour's {@code max-age}, so a partner coming back the next day revalidated every file. This filter, in front of the
 * security filters, turns every caching header written for such a file into "immutable for a year". Unhashed files
 * (the entry page, our own styles and scripts) are revalidated on each visit instead (application.properties).
 */
@Configuration(proxyBeanMethods = false)
class BuildFileCaching {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** A build file: the bundler's eight-character content hash after the last part of its name. */
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/.*-[A-Za-z0-9_-]{8}\\.(js|css|woff2?|svg|png|map)");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> buildFileCachingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                chain.doFilter(request, HASHED.matcher(path).matches() ? new Immutable(response) : response);
            }
        });
        // before Spring Security's header writer, whose "no-store" it replaces for these files
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/VAADIN/build/*");
        return registration;
    }

    private static final class Immutable extends HttpServletResponseWrapper {

        Immutable(HttpServletResponse response) {
            super(response);
            super.setHeader("Cache-Control", IMMUTABLE);
        }

        private static boolean caching(String name) {
            String header = name.toLowerCase(Locale.ROOT);
            return header.equals("cache-control") || header.equals("pragma") || header.equals("expires");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!caching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!caching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!caching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!caching(name)) {
                super.addDateHeader(name, date);
            }
        }
    }
}
