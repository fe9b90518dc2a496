package org.trustwork.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.trustwork.twofactor.BenchCodes;

/**
 * N therapists running live sessions, over Vaadin's own HTTP protocol (no browser): each signs in, opens their
 * live session, then until the end of the run repeats: type notes (which autosave), Next item (Pause/Resume
 * once the agenda is complete), open the couple page, open the couple's progress dashboard from there, back to
 * the session (browser history, two steps back). The requests are the ones a real
 * browser sends for these actions (checked with BrowserRecorder). Settings: -Dbench.baseUrl, -Dbench.users,
 * -Dbench.duration, -Dbench.seats (the CSV written by BenchSeeder).
 */
public class TherapistSimulation extends Simulation {

    /** The couple's progress dashboard (DashboardView), reached from the couple page's "Progress" link. */
    static final Function<Session, String> DASHBOARD_ROUTE =
            session -> "couples/" + session.getString("coupleId") + "/progress";

    private static final String CLIENT = "uidl";
    private static final String NOTES = " Both arrived on time; calmer than last week.";

    private final String baseUrl = System.getProperty("bench.baseUrl", "http://localhost:8084");
    private final int users = Integer.getInteger("bench.users", 10);
    private final Duration duration = BenchConfig.duration(System.getProperty("bench.duration", "30s"));
    private final Duration rampUp = Duration.ofSeconds(Math.max(5, Math.min(30, users / 10)));

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Trustwork-bench/Gatling")
            .acceptHeader("*/*")
            .disableCaching();

    /** Response times (ms) of successful requests by name, written to -Dbench.samples when the run ends. */
    private static final Map<String, Queue<Integer>> SAMPLES = new ConcurrentHashMap<>();

    /**
     * Steady state: latencies count from 5 s after the last therapist has signed in and opened their session
     * (sign-in hashes passwords with bcrypt, so the ramp-up is a burst of CPU work that real clinics spread over
     * the morning), or at the latest a minute after the ramp-up, should some therapist never get that far.
     */
    private static final AtomicInteger READY = new AtomicInteger();
    private static volatile long startedAt;
    private static volatile long measureFrom = Long.MAX_VALUE;
    private static volatile long measureFallback = Long.MAX_VALUE;

    private static boolean measuring() {
        long now = System.currentTimeMillis();
        return now >= measureFrom || now >= measureFallback;
    }

    private Session ready(Session session) {
        if (READY.incrementAndGet() == users) {
            measureFrom = System.currentTimeMillis() + 5_000;
        }
        return session;
    }

    @Override
    public void before() {
        startedAt = System.currentTimeMillis();
        measureFallback = startedAt + rampUp.toMillis() + 60_000;
    }

    private static Session sample(Session session, String name) {
        if (!session.isFailed() && session.contains("rt") && measuring()) {
            SAMPLES.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(session.getInt("rt"));
        }
        return session.remove("rt");
    }

    @Override
    public void after() {
        String file = System.getProperty("bench.samples");
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        long from = Math.min(measureFrom, measureFallback);
        long end = System.currentTimeMillis();
        lines.add("#measured\t" + (from - startedAt) / 1000 + "," + (end - from) / 1000 + "," + from + "," + end);
        SAMPLES.forEach((name, times) -> lines.add(name + "\t" + String.join(",",
                times.stream().map(String::valueOf).toList())));
        try {
            Files.write(Path.of(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UidlClient client(Session session) {
        return (UidlClient) session.get(CLIENT);
    }

    /**
     * Sign-in as the browser does it: Spring Security's password form, then the second step's code form
     * (/login/code) with the current code of the therapist's authenticator key (seeded by BenchSeeder). A wrong
     * code would count towards the sign-in throttling, so any refusal stops that virtual user at once.
     */
    static ChainBuilder signIn() {
        return exec(http("sign in: login page").get("/login")
                .check(status().is(200), bodyString().transform(UidlClient::loginCsrf).saveAs("loginCsrf")))
                .exec(http("sign in: password").post("/login")
                        .formParam("_csrf", "#{loginCsrf}")
                        .formParam("username", "#{email}")
                        .formParam("password", BenchData.password())
                        .disableFollowRedirect()
                        .check(status().is(302), io.gatling.javaapi.http.HttpDsl.header("Location")
                                .transform(location -> location.endsWith("/login/code") ? "ok" : "refused").is("ok")))
                .exitHereIfFailed()
                .exec(http("sign in: code page").get("/login/code")
                        .check(status().is(200), bodyString().transform(UidlClient::loginCsrf).saveAs("codeCsrf")))
                .exec(http("sign in: code").post("/login/code")
                        .formParam("_csrf", "#{codeCsrf}")
                        .formParam("code", session -> BenchCodes.now(session.getString("totpSecret")))
                        .disableFollowRedirect()
                        .check(status().is(302), io.gatling.javaapi.http.HttpDsl.header("Location")
                                .transform(location -> location.contains("login") ? "refused" : "ok").is("ok")))
                .exitHereIfFailed();
    }

    /** A full page load of a route: the HTML, then the bootstrap request that creates the UI, then the view. */
    static ChainBuilder pageLoad(String name, Function<Session, String> route) {
        return exec(http(name + ": page").get(session -> "/" + route.apply(session)).check(status().is(200)))
                .exec(http(name + ": init").get(session -> UidlClient.initUrl(route.apply(session)))
                        .check(status().is(200), bodyString().saveAs("body")))
                .exec(session -> {
                    var client = new UidlClient();
                    client.init(session.getString("body"));
                    return session.set(CLIENT, client);
                })
                .exec(uidl(name + ": view", session -> client(session).navigate("/" + route.apply(session), "")));
    }

    /** One UIDL round trip, then the grid confirmations it asked for (a second round trip, as in the browser). */
    static ChainBuilder uidl(String name, Function<Session, String> body) {
        return exec(http(name).post(session -> client(session).uidlUrl())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(body::apply))
                .check(status().is(200), bodyString().transform(UidlClient::problemIn).is("ok"),
                        bodyString().saveAs("body"), responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    if (session.isFailed()) {
                        return session.set("confirmBody", "");
                    }
                    session = sample(session, name);
                    client(session).response(session.getString("body"));
                    String confirms = client(session).pendingConfirms();
                    return session.set("confirmBody", confirms == null ? "" : confirms);
                })
                .doIf(session -> !session.getString("confirmBody").isEmpty()).then(
                        exec(http(name + " (grid confirm)").post(session -> client(session).uidlUrl())
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .body(io.gatling.javaapi.core.CoreDsl.StringBody(s -> s.getString("confirmBody")))
                                .check(status().is(200), bodyString().transform(UidlClient::problemIn).is("ok"),
                                        bodyString().saveAs("body"), responseTimeInMillis().saveAs("rt")))
                                .exec(session -> {
                                    if (session.isFailed()) {
                                        return session;
                                    }
                                    client(session).response(session.getString("body"));
                                    return sample(session, name + " (grid confirm)");
                                }));
    }

    static ChainBuilder typeNotes() {
        return exec(session -> session.set("notes", session.getString("notes") + NOTES))
                // ValueChangeMode.TIMEOUT: the first keystroke goes at once, the rest when typing pauses 1.5 s
                .exec(uidl("type notes: first key", session -> client(session).type("session-notes",
                        session.getString("notes").substring(0, session.getString("notes").length() - NOTES.length() + 1),
                        false)))
                .pause(Duration.ofMillis(1500))
                .exec(uidl("type notes: autosave", session -> client(session).type("session-notes",
                        session.getString("notes"), true)));
    }

    static ChainBuilder nextItem() {
        return doIfOrElse(session -> client(session).enabled("next-item")).then(
                uidl("next item", session -> client(session).click("next-item", "session-notes")))
                .orElse(uidl("pause or resume", session -> client(session).click("pause-session", "session-notes")));
    }

    static ChainBuilder heartbeat() {
        return doIf(session -> System.currentTimeMillis() - session.getLong("heartbeatAt") > 300_000).then(
                exec(http("heartbeat").post(session -> client(session).heartbeatUrl()).check(status().is(200)))
                        .exec(session -> session.set("heartbeatAt", System.currentTimeMillis())));
    }

    ScenarioBuilder therapists() {
        return scenario("therapists")
                .feed(csv(System.getProperty("bench.seats", "target/bench/template/seats.csv")).circular())
                .exec(session -> session.set("notes", "").set("heartbeatAt", System.currentTimeMillis()))
                .exec(signIn())
                .exec(pageLoad("open session", session -> "sessions/" + session.getString("sessionId")))
                .exitHereIfFailed()
                .exec(this::ready)
                .during(duration).on(
                        exec(heartbeat())
                                .pause(Duration.ofMillis(1000), Duration.ofMillis(3000))
                                .exec(typeNotes())
                                .pause(Duration.ofMillis(1000), Duration.ofMillis(3000))
                                .exec(nextItem())
                                .pause(Duration.ofMillis(1000), Duration.ofMillis(3000))
                                .exec(uidl("open couple page", session -> client(session).navigate(
                                        "couples/" + session.getString("coupleId"), "client")))
                                .pause(Duration.ofMillis(1000), Duration.ofMillis(3000))
                                .exec(uidl("open dashboard", session -> client(session).navigate(
                                        DASHBOARD_ROUTE.apply(session), "client")))
                                .pause(Duration.ofMillis(1000), Duration.ofMillis(3000))
                                .exec(uidl("open session", session -> client(session).navigate(
                                        "sessions/" + session.getString("sessionId"), "history")))
                                .exitHereIfFailed());
    }

    {
        setUp(therapists().injectOpen(rampUsers(users).during(rampUp))).protocols(protocol);
    }
}
