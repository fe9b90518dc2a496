package org.trustwork.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.trustwork.twofactor.BenchCodes;

/**
 * A minimal browser tab for the heap probe, on the JDK's HTTP client: its own cookies (one HTTP session each),
 * sign-in, and opening a route as a full page load, with the same UIDL requests as the load simulation.
 */
final class Tab {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private UidlClient client;

    Tab(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Both sign-in steps, as the browser posts them: the password form, then the authenticator code form. */
    void signIn(BenchData.Seat seat) throws IOException, InterruptedException {
        String csrf = UidlClient.loginCsrf(get("/login").body());
        String form = "_csrf=" + enc(csrf) + "&username=" + enc(seat.email()) + "&password=" + enc(BenchData.password());
        var response = post("/login", form);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.endsWith("/login/code")) {
            throw new IllegalStateException("Password refused for " + seat.email() + ": " + response.statusCode()
                    + " " + location);
        }
        csrf = UidlClient.loginCsrf(get("/login/code").body());
        response = post("/login/code", "_csrf=" + enc(csrf) + "&code=" + BenchCodes.now(seat.totpSecret()));
        location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("login")) {
            throw new IllegalStateException("Code refused for " + seat.email() + ": " + response.statusCode()
                    + " " + location);
        }
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A full page load of a route: the HTML, the bootstrap request that creates a UI, the view, grid confirms. */
    void open(String route) throws IOException, InterruptedException {
        get("/" + route);
        client = new UidlClient();
        client.init(get(UidlClient.initUrl(route)).body());
        uidl(client.navigate("/" + route, ""));
        String confirms = client.pendingConfirms();
        if (confirms != null) {
            uidl(confirms);
        }
    }

    private void uidl(String body) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + client.uidlUrl()))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String problem = UidlClient.problemIn(response.body());
        if (response.statusCode() != 200 || !"ok".equals(problem)) {
            throw new IllegalStateException("UIDL request failed: " + response.statusCode() + " " + problem);
        }
        client.response(response.body());
    }

    UidlClient client() {
        return client;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var response = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            var header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
        var response = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
