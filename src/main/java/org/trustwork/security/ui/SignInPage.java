package org.trustwork.security.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page as a browser loads it ({@code GET /login}): plain HTML drawn on the server with two small
 * stylesheets, so that it shows at once on a phone instead of after the Vaadin client (650 KiB), which it prefetches
 * while the person types, so the screens after it start fast too. Same labels, messages and form post as the Vaadin
 * sign-in view; the post is handled by Spring Security (throttled provider, then the code step for two-factor
 * sign-in). {@link LoginView} stays the route for navigation inside an open app (Vaadin's access control sends a
 * signed-out screen there), which does not load this page.
 */
@Controller
class SignInPage {

    private static final Pattern ENTRY = Pattern.compile("src=\"\\./VAADIN/build/([A-Za-z0-9_.-]+\\.js)\"");
    private static final Pattern FIRST_DEPS = Pattern.compile("m\\.f=\\[([^\\]]*)\\]");
    private static final Pattern MODULE = Pattern.compile("\"\\./([A-Za-z0-9_.-]+\\.(?:js|css))\"");
    private static final Pattern FLOW_CLIENT = Pattern.compile("import\\(`\\./(Flow(?:Client|Bootstrap)-[A-Za-z0-9_-]+\\.js)`\\)");

    private final List<String> appFiles = appFiles();

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        var html = new StringBuilder(4096);
        html.append("""
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Sign in · Trustwork</title>
                <meta name="theme-color" content="#1d6a66">
                <link rel="manifest" href="manifest.webmanifest">
                <link rel="icon" href="icons/icon.svg" type="image/svg+xml">
                <link rel="apple-touch-icon" href="icons/icon-192.png">
                <link rel="stylesheet" href="styles/palette.css">
                <link rel="stylesheet" href="styles/signin.css">
                """);
        for (String file : appFiles) {
            html.append("<link rel=\"prefetch\" href=\"").append(file).append("\">\n");
        }
        html.append("""
                </head>
                <body>
                <main class="tw-login">
                <div class="tw-login-card">
                <div class="tw-login-intro">
                <h1 class="tw-login-title">Trustwork</h1>
                <p class="tw-login-tagline">Sessions, homework and progress for couples rebuilding trust.</p>
                </div>
                """);
        String notice = notice(request);
        if (notice != null) {
            html.append("<p class=\"tw-login-notice\" role=\"status\">").append(HtmlUtils.htmlEscape(notice))
                    .append("</p>\n");
        }
        boolean failed = request.getParameter("error") != null;
        String typed = failed ? typedEmail(request) : null;
        html.append("<form class=\"tw-signin-form\" method=\"post\" action=\"login\">\n<h2>Sign in</h2>\n");
        if (failed) {
            // One message for a wrong password, an unknown e-mail and a paused sign-in, so none can be told apart.
            html.append("""
                    <div class="tw-signin-error" role="alert"><strong>That didn't work</strong>
                    <p>Check your e-mail and password and try again. After several unsuccessful tries, signing in pauses
                    for a few minutes.</p></div>
                    """);
        }
        html.append("<label for=\"username\">E-mail</label>\n<input id=\"username\" name=\"username\" type=\"email\""
                        + " autocomplete=\"username\" autocapitalize=\"none\" spellcheck=\"false\" required")
                .append(typed == null ? " autofocus" : " value=\"" + HtmlUtils.htmlEscape(typed) + "\"").append(">\n")
                .append("<label for=\"password\">Password</label>\n<input id=\"password\" name=\"password\""
                        + " type=\"password\" autocomplete=\"current-password\" required")
                .append(typed == null ? "" : " autofocus").append(">\n");
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            html.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(token.getParameterName()))
                    .append("\" value=\"").append(HtmlUtils.htmlEscape(token.getToken())).append("\">\n");
        }
        html.append("""
                <button type="submit">Sign in</button>
                </form>
                <p class="tw-signin-links"><a href="forgot-password">Forgot password?</a></p>
                </div>
                </main>
                </body>
                </html>
                """);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(html.toString());
    }

    private static String notice(HttpServletRequest request) {
        if (request.getParameter("email-changed") != null) {
            return "Your e-mail address is changed. Sign in with the new one.";
        }
        if (request.getParameter("ended") != null) {
            return "Your sign-in ended or the connection to Trustwork was lost. Please sign in again: "
                    + "everything you saw as saved is kept.";
        }
        if (request.getParameter("expired") != null) {
            return "Your sign-in has ended. Please sign in again.";
        }
        if (request.getParameter("signed-out") != null) {
            return "You were signed out because Trustwork wasn't used for a while. Anything you had typed was saved.";
        }
        return null;
    }

    /** The e-mail of the sign-in that just failed in this browser, shown once (TypedEmail keeps it). */
    private static String typedEmail(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object typed = session.getAttribute(TypedEmail.ATTRIBUTE);
        session.removeAttribute(TypedEmail.ATTRIBUTE);
        return typed instanceof String email ? email : null;
    }

    /**
     * The files a Vaadin page loads first in a production build: the entry script its bootstrap page names, the
     * modules that entry lists for its first import (Vite's dependency list) and the Flow client. Hashed names: the
     * copies fetched here are the very ones the screens after sign-in ask for, kept for a year. Modules loaded only
     * later (a chart, say) are not fetched. In development mode there is no production build and nothing is prefetched.
     */
    static List<String> appFiles() {
        String index = read("META-INF/VAADIN/webapp/index.html");
        Matcher entry = index == null ? null : ENTRY.matcher(index);
        if (entry == null || !entry.find()) {
            return List.of();
        }
        var files = new LinkedHashSet<String>();
        files.add(entry.group(1));
        String script = read("META-INF/VAADIN/webapp/VAADIN/build/" + entry.group(1));
        if (script != null) {
            Matcher deps = FIRST_DEPS.matcher(script);
            if (deps.find()) {
                Matcher name = MODULE.matcher(deps.group(1));
                while (name.find()) {
                    files.add(name.group(1));
                }
            }
            Matcher flow = FLOW_CLIENT.matcher(script);
            while (flow.find()) {
                files.add(flow.group(1));
            }
        }
        return files.stream().map(file -> "VAADIN/build/" + file).toList();
    }

    private static String read(String resource) {
        var file = new ClassPathResource(resource);
        if (!file.exists()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
