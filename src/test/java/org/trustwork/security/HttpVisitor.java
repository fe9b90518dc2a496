package org.trustwork.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the running app over plain HTTP, as curl or a script would be: its own cookies, redirects not
 * followed, and the client address it claims in X-Forwarded-For (the app under test trusts the loopback proxy,
 * as it trusts a load balancer in production).
 */
final class HttpVisitor {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client;
    private final String baseUrl;
    private final String address;

    HttpVisitor(int port, String address) {
        this.baseUrl = "http://localhost:" + port;
        this.address = address;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    String baseUrl() {
        return baseUrl;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The password step, as Vaadin's login form sends it (after opening the page, which starts the session). */
    HttpResponse<String> signIn(String email, String password, String... headers) {
        get("/login");
        return post("/login", Map.of("username", email, "password", password), headers);
    }

    /** The code step: the code page's CSRF token, then the form post. */
    HttpResponse<String> enterCode(String code) {
        var form = new LinkedHashMap<String, String>();
        form.put("code", code);
        form.put("_csrf", csrfToken(get(SignInSteps.CODE_PAGE)));
        return post(SignInSteps.CODE_PAGE, form);
    }

    /** Whether this visitor is signed in: a signed-out visitor of a screen is sent to the sign-in page. */
    boolean isSignedIn() {
        return get("/account").statusCode() == 200;
    }

    static String csrfToken(HttpResponse<String> page) {
        Matcher matcher = CSRF_META.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on " + page.uri() + " (status " + page.statusCode() + ")");
        }
        return matcher.group(1);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (address != null) {
            builder.header("X-Forwarded-For", address);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
