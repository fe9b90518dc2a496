package org.trustwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.trustwork.AlsoOnPostgres;
import org.trustwork.DemoClinic;
import org.trustwork.TestClock;
import org.trustwork.account.AccountService;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLogTestAccess;
import org.trustwork.couple.CoupleService;
import org.trustwork.twofactor.TestTotp;

/**
 * Security as an attacker sees it: the app started on a port (a real Tomcat with the Vaadin servlet, which MockMvc
 * never runs), visited over plain HTTP. Each visitor claims its own client address through X-Forwarded-For, which
 * the app reads as it would behind a load balancer, so the tests' address limits never meet.
 */
@AlsoOnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "trustwork.security.idle.partner=1m",
        "trustwork.security.idle.staff=1m"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
class OutsideSecurityTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final ExecutorService BURST = Executors.newFixedThreadPool(40);

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    SystemTask systemTask;
    @Autowired
    AccountService accounts;
    @Autowired
    CoupleService couples;
    @Autowired
    AuditLogTestAccess audit;
    @Autowired
    org.trustwork.twofactor.TwoFactorService twoFactor;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy contextHolder;

    @AfterAll
    static void stopBurst() {
        BURST.shutdownNow();
    }

    /** Every test starts after any pause an earlier one caused has run out, and on a fresh TOTP step. */
    @BeforeEach
    void quietHourPasses() {
        clock.advance(Duration.ofHours(2));
    }

    private HttpVisitor visitor() {
        return new HttpVisitor(port, "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1));
    }

    private String freshPartner() {
        long coupleId = DemoClinic.newCouple(systemTask, accounts, couples, DemoClinic.RIVERA);
        return systemTask.callAsAdmin(couples::allCouples).stream().filter(c -> c.id() == coupleId)
                .findFirst().orElseThrow().partners().getFirst().email();
    }

    private static final String FRESH_PASSWORD = DemoClinic.PASSWORD + "-long";

    private HttpVisitor signedInStaff(String email) {
        HttpVisitor staff = visitor();
        assertThat(HttpVisitor.location(staff.signIn(email, DemoClinic.PASSWORD))).endsWith(SignInSteps.CODE_PAGE);
        assertThat(HttpVisitor.location(staff.enterCode(TestTotp.code(TestTotp.DEMO_SECRET, clock.instant()))))
                .doesNotContain("error");
        assertThat(staff.isSignedIn()).isTrue();
        return staff;
    }

    private long checkedFailures(String email) {
        return audit.latest(500).stream()
                .filter(e -> e.getKind() == AuditKind.SIGN_IN_FAILED && email.equalsIgnoreCase(e.getActorName()))
                .filter(e -> !"throttled".equals(e.getDetail()))
                .count();
    }

    /** Sends all the requests at the same moment (each from its own thread, released together). */
    private static <T> List<T> atOnce(List<Callable<T>> requests) throws Exception {
        var ready = new CountDownLatch(requests.size());
        var go = new CountDownLatch(1);
        var futures = new ArrayList<Future<T>>();
        for (Callable<T> request : requests) {
            futures.add(BURST.submit(() -> {
                ready.countDown();
                go.await();
                return request.call();
            }));
        }
        ready.await();
        go.countDown();
        var results = new ArrayList<T>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    // --- 1. Security headers on every kind of answer ---

    private static void assertProtectiveHeaders(HttpResponse<String> response) {
        var headers = response.headers();
        String what = response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")";
        assertThat(headers.firstValue("Content-Security-Policy")).as(what)
                .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValue(SecurityConfig.PERMISSIONS_POLICY);
    }

    private static void assertNotStored(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().toString())
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void every_page_and_framework_answer_carries_the_protective_headers_and_clinical_pages_are_never_stored() {
        HttpVisitor anonymous = visitor();
        for (String page : List.of("/login", "/login/code", "/styles/not-there.css")) {
            var response = anonymous.get(page);
            assertProtectiveHeaders(response);
            assertNotStored(response);
        }
        var init = anonymous.get("/?v-r=init&location=login&query=");
        assertThat(init.statusCode()).isEqualTo(200);
        assertProtectiveHeaders(init);

        HttpVisitor partner = visitor();
        partner.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
        var homework = partner.get("/my-homework");
        assertThat(homework.statusCode()).isEqualTo(200);
        assertProtectiveHeaders(homework);
        assertNotStored(homework);
        var heartbeat = partner.post("/?v-r=heartbeat&v-uiId=0", Map.of());
        assertProtectiveHeaders(heartbeat);

        HttpVisitor therapist = signedInStaff(DemoClinic.RIVERA);
        long coupleId = DemoClinic.coupleId(systemTask, couples, "Maya & Tom");
        for (String page : List.of("/couples/" + coupleId, "/couples/" + coupleId + "/progress", "/caseload")) {
            var response = therapist.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertProtectiveHeaders(response);
            assertNotStored(response);
        }
        // Spring's own answers kept theirs all along: a redirect and a refused post.
        assertProtectiveHeaders(anonymous.get("/caseload"));
    }

    @Test
    void the_containers_own_answer_to_a_malformed_address_carries_the_headers_too() throws Exception {
        // Sent as raw bytes: Java's HTTP client refuses to send an address it cannot parse either.
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /a%zzb HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            assertThat(head).startsWith("HTTP/1.1 400")
                    .contains("Content-Security-Policy: " + SecurityConfig.CONTENT_SECURITY_POLICY)
                    .contains("X-Frame-Options: DENY")
                    .contains("X-Content-Type-Options: nosniff")
                    .contains("Referrer-Policy: same-origin")
                    .contains("Permissions-Policy: " + SecurityConfig.PERMISSIONS_POLICY)
                    .contains("Cache-Control: no-store");
            assertThat(answer).doesNotContain("Tomcat");
        }
    }

    // --- 2. Limits that hold when every attempt arrives at once ---

    @Test
    void thirty_wrong_passwords_at_once_are_checked_five_times_and_the_right_one_after_them_is_paused() throws Exception {
        String email = freshPartner();
        long before = checkedFailures(email);
        var attempts = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            attempts.add(() -> visitor().signIn(email, "wrong-password-" + n));
        }
        List<HttpResponse<String>> answers = atOnce(attempts);
        assertThat(answers).allSatisfy(answer -> assertThat(HttpVisitor.location(answer)).endsWith("/login?error"));
        assertThat(checkedFailures(email) - before).isEqualTo(5);

        HttpVisitor owner = visitor();
        assertThat(HttpVisitor.location(owner.signIn(email, FRESH_PASSWORD))).endsWith("/login?error");
        assertThat(owner.isSignedIn()).isFalse();
    }

    @Test
    void forty_failures_at_once_from_one_address_are_checked_at_most_twenty_times() throws Exception {
        String address = "10.78.0.1";
        var emails = new ArrayList<String>();
        var attempts = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 40; i++) {
            String email = "burst-" + ADDRESSES.incrementAndGet() + "@nowhere.example";
            emails.add(email);
            attempts.add(() -> new HttpVisitor(port, address).signIn(email, "wrong"));
        }
        atOnce(attempts);
        assertThat(emails.stream().mapToLong(this::checkedFailures).sum()).isEqualTo(20);
    }

    @Test
    void forty_wrong_codes_at_once_in_one_sign_in_are_checked_five_times_and_the_right_code_is_refused() throws Exception {
        HttpVisitor staff = visitor();
        assertThat(HttpVisitor.location(staff.signIn(DemoClinic.OKAFOR, DemoClinic.PASSWORD)))
                .endsWith(SignInSteps.CODE_PAGE);
        String token = HttpVisitor.csrfToken(staff.get(SignInSteps.CODE_PAGE));
        String right = TestTotp.code(TestTotp.DEMO_SECRET, clock.instant());
        String wrong = right.equals("000000") ? "111111" : "000000";
        long before = checkedFailures(DemoClinic.OKAFOR);
        var attempts = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> staff.post(SignInSteps.CODE_PAGE, Map.of("code", wrong, "_csrf", token)));
        }
        atOnce(attempts);
        assertThat(checkedFailures(DemoClinic.OKAFOR) - before).isEqualTo(5);
        staff.post(SignInSteps.CODE_PAGE, Map.of("code", right, "_csrf", token));
        assertThat(staff.isSignedIn()).isFalse();
    }

    @Test
    void ipv6_addresses_of_one_network_share_one_limit() {
        String email = "v6-" + ADDRESSES.incrementAndGet() + "@nowhere.example";
        for (int i = 0; i < 20; i++) {
            // a new e-mail each time: only the address limit (20) can pause
            new HttpVisitor(port, "2001:db8:7:1::" + Integer.toHexString(i + 1)).signIn(i + email, "wrong");
        }
        assertThat(checkedFailures(19 + email)).isEqualTo(1);
        new HttpVisitor(port, "2001:db8:7:1:ffff::1").signIn("again-" + email, "wrong");
        assertThat(checkedFailures("again-" + email)).isZero();
        new HttpVisitor(port, "2001:db8:7:2::1").signIn("other-" + email, "wrong");
        assertThat(checkedFailures("other-" + email)).isEqualTo(1);
    }

    // --- 3. No sign-in from another site's page ---

    @Test
    void a_password_post_from_another_site_signs_nobody_in() {
        String email = freshPartner();
        HttpVisitor victim = visitor();
        victim.signIn(email, FRESH_PASSWORD, "Origin", "https://attacker.example");
        assertThat(victim.isSignedIn()).isFalse();

        HttpVisitor viaFetchMetadata = visitor();
        viaFetchMetadata.signIn(email, FRESH_PASSWORD, "Sec-Fetch-Site", "cross-site");
        assertThat(viaFetchMetadata.isSignedIn()).isFalse();

        HttpVisitor viaReferer = visitor();
        viaReferer.signIn(email, FRESH_PASSWORD, "Referer", "https://attacker.example/page");
        assertThat(viaReferer.isSignedIn()).isFalse();

        HttpVisitor sameSite = visitor();
        sameSite.signIn(email, FRESH_PASSWORD, "Origin", sameSite.baseUrl(), "Sec-Fetch-Site", "same-origin");
        assertThat(sameSite.isSignedIn()).isTrue();
    }

    // --- 4. A one-time code works once ---

    @Test
    void an_authenticator_code_that_signed_in_once_does_not_sign_in_a_second_session() {
        String code = TestTotp.code(TestTotp.DEMO_SECRET, clock.instant());
        HttpVisitor first = visitor();
        first.signIn(DemoClinic.ADMIN, DemoClinic.PASSWORD);
        first.enterCode(code);
        assertThat(first.isSignedIn()).isTrue();

        HttpVisitor replay = visitor();
        replay.signIn(DemoClinic.ADMIN, DemoClinic.PASSWORD);
        assertThat(HttpVisitor.location(replay.enterCode(code))).endsWith(SignInSteps.CODE_PAGE + "?error");
        assertThat(replay.isSignedIn()).isFalse();

        // Nor does the code of an earlier step, once a later one was used.
        clock.advance(Duration.ofSeconds(30));
        String earlier = code;
        String now = TestTotp.code(TestTotp.DEMO_SECRET, clock.instant());
        HttpVisitor second = visitor();
        second.signIn(DemoClinic.ADMIN, DemoClinic.PASSWORD);
        second.enterCode(now);
        assertThat(second.isSignedIn()).isTrue();
        HttpVisitor older = visitor();
        older.signIn(DemoClinic.ADMIN, DemoClinic.PASSWORD);
        older.enterCode(earlier);
        assertThat(older.isSignedIn()).isFalse();
    }

    @Test
    void a_recovery_code_sent_from_ten_sign_ins_at_once_signs_in_exactly_one() throws Exception {
        String email = freshPartner();
        var runAs = new org.trustwork.RunAs(users, contextHolder);
        var ticket = runAs.as(email, () -> twoFactor.beginEnrolment(FRESH_PASSWORD, null));
        List<String> recovery = runAs.as(email, () -> twoFactor.confirmEnrolment(ticket,
                TestTotp.code(TestTotp.secretOf(ticket), clock.instant())));
        var visitors = new ArrayList<HttpVisitor>();
        var attempts = new ArrayList<Callable<HttpResponse<String>>>();
        for (int i = 0; i < 10; i++) {
            HttpVisitor visitor = visitor();
            assertThat(HttpVisitor.location(visitor.signIn(email, FRESH_PASSWORD))).endsWith(SignInSteps.CODE_PAGE);
            String token = HttpVisitor.csrfToken(visitor.get(SignInSteps.CODE_PAGE));
            visitors.add(visitor);
            attempts.add(() -> visitor.post(SignInSteps.CODE_PAGE, Map.of("code", recovery.getFirst(), "_csrf", token)));
        }
        atOnce(attempts);
        assertThat(visitors.stream().filter(HttpVisitor::isSignedIn).count()).isEqualTo(1);
    }

    // --- 5. Idle sign-out without an open tab ---

    @Test
    void a_session_whose_tab_was_closed_is_signed_out_after_the_idle_time() {
        HttpVisitor partner = visitor();
        partner.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
        assertThat(partner.get("/my-homework").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(50));
        assertThat(partner.get("/my-homework").statusCode()).isEqualTo(200);
        // The tab is closed; 80 seconds later (the idle limit here is one minute) the same cookie comes back.
        clock.advance(Duration.ofSeconds(80));
        var back = partner.get("/my-homework");
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(HttpVisitor.location(back)).contains("/login");
        assertThat(partner.isSignedIn()).isFalse();
    }

    @Test
    void heartbeats_alone_do_not_keep_a_session_signed_in() {
        HttpVisitor partner = visitor();
        partner.signIn(DemoClinic.CHRIS, DemoClinic.PASSWORD);
        assertThat(partner.isSignedIn()).isTrue();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(20));
            partner.post("/?v-r=heartbeat&v-uiId=0", Map.of());
        }
        assertThat(partner.isSignedIn()).isFalse();
    }

    // --- Health checks for a load balancer (no session, no sign-in) ---

    @Test
    void a_load_balancer_reads_liveness_and_readiness_without_signing_in_or_creating_a_session() {
        HttpVisitor balancer = visitor();
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health")) {
            var answer = balancer.get(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components");
            assertThat(answer.headers().allValues("Set-Cookie")).as(probe).isEmpty();
        }
        // nothing else of Actuator is reachable
        assertThat(balancer.get("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    // --- #24: a sign-in page that shows at once, and files a phone keeps ---

    @Test
    void the_sign_in_page_is_a_small_page_of_its_own_that_does_not_wait_for_the_app() {
        var page = visitor().get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"username\">E-mail</label>", "<label for=\"password\">Password</label>",
                "<button type=\"submit\">Sign in</button>", "href=\"forgot-password\"", "rel=\"manifest\"");
        assertThat(page.body()).doesNotContain("VAADIN/build/indexhtml");
        assertThat(page.body().length()).isLessThan(8_000);
        assertNotStored(page);
    }

    @Test
    void hashed_build_files_are_kept_for_a_year_and_unhashed_files_are_revalidated() {
        HttpVisitor phone = visitor();
        // A Vaadin page names the client's files; the sign-in form's "Forgot password?" page is one anyone can open.
        var bootstrap = phone.get("/forgot-password");
        var script = java.util.regex.Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(bootstrap.body());
        assertThat(script.find()).as("a build file named on the page").isTrue();
        var buildFile = phone.get("/" + script.group(1));
        assertThat(buildFile.statusCode()).isEqualTo(200);
        assertThat(buildFile.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
        assertThat(buildFile.headers().firstValue("Pragma")).isEmpty();
        assertThat(buildFile.headers().firstValue("Expires")).isEmpty();

        var style = phone.get("/styles/signin.css");
        assertThat(style.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String lastModified = style.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(phone.get("/styles/signin.css", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void trustwork_can_be_added_to_a_phones_home_screen() {
        HttpVisitor phone = visitor();
        var manifest = phone.get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"start_url\": \"/\"", "\"display\": \"standalone\"", "icons/icon-512.png");
        for (String icon : List.of("/icons/icon-192.png", "/icons/icon-512.png", "/icons/icon-512-maskable.png",
                "/icons/icon.svg")) {
            assertThat(phone.get(icon).statusCode()).as(icon).isEqualTo(200);
        }
    }

    // --- Also: an unknown address tells a signed-in person nothing about which routes exist ---

    @Test
    void a_signed_in_person_gets_the_same_answer_for_an_unknown_address_as_for_a_screen_that_is_not_theirs() {
        HttpVisitor partner = visitor();
        partner.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
        var unknown = partner.get("/summaries");
        var notTheirs = partner.get("/admin/accounts");
        assertThat(unknown.statusCode()).isEqualTo(notTheirs.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("Content-Type")).isEqualTo(notTheirs.headers().firstValue("Content-Type"));
    }
}
