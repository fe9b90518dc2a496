package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.trustwork.DemoClinic;

/**
 * Trustwork as a clinic group runs it: two instances (two JVMs) on one PostgreSQL database, both started at the same
 * moment on an empty database, both running the scheduled jobs. Each browser tab is pinned to one instance, as the
 * load balancer's sticky cookie pins it (docs/operations.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static EmbeddedPostgres postgres;
    private static GreenMail smtp;
    private static AppProcess a;
    private static AppProcess b;
    private static Browser browser;

    @BeforeAll
    static void startTwoInstancesTogetherOnAnEmptyDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        a = new AppProcess(arguments());
        b = new AppProcess(arguments());
        // The same moment, on an empty database: both seed under one lock, neither dies on a duplicate key.
        CompletableFuture<Void> startA = CompletableFuture.runAsync(() -> start(a));
        CompletableFuture<Void> startB = CompletableFuture.runAsync(() -> start(b));
        CompletableFuture.allOf(startA, startB).join();
        browser = new Browser();
    }

    private static List<String> arguments() {
        return List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--trustwork.demo-data.history=true",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                // every two seconds on both instances (ShedLock lets one run at a time, each at least 30 s apart)
                "--trustwork.reminders.cron=*/2 * * * * *",
                "--trustwork.retention.cron=*/2 * * * * *",
                "--trustwork.retention.closed-couples=P1D",
                "--trustwork.security.idle.check-interval=1s",
                "--server.forward-headers-strategy=native");
    }

    private static void start(AppProcess app) {
        try {
            app.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (browser != null) {
            browser.close();
        }
        for (AppProcess app : new AppProcess[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void both_instances_came_up_seeded_once_and_report_ready() throws Exception {
        var http = HttpClient.newHttpClient();
        for (AppProcess app : List.of(a, b)) {
            var readiness = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health/readiness"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("UP");
        }
        assertThat(count("select count(*) from practice")).isEqualTo(25);
        assertThat(count("select count(*) from user_account where email = 'admin@trustwork.example'")).isEqualTo(1);
        assertThat(count("select count(*) from couple")).isEqualTo(3);
    }

    /** Waits for the change to show on the other instance: the bound, from the commit that made it. */
    private static final com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions WITHIN_2_S =
            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(2_000);

    @Test
    @Order(2)
    void new_homework_assigned_on_b_shows_at_once_on_the_board_and_the_partners_phone_open_on_a() {
        Browser.Tab boardOnA = browser.open(a.baseUrl(), 1280, 800);
        Browser.Tab deskOnB = browser.open(b.baseUrl(), 1280, 800);
        Browser.Tab phoneOnA = browser.open(a.baseUrl(), 375, 812);
        try {
            String couplePage = openMayaAndTom(boardOnA);
            openMayaAndTom(deskOnB);
            phoneOnA.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            assertThat(phoneOnA.page()).hasURL(Pattern.compile(".*/my-homework$"));
            assertThat(URI.create(deskOnB.page().url()).getPath()).as("the same couple on both").isEqualTo(couplePage);

            Page desk = deskOnB.page();
            desk.locator("#open-assign-homework").click();
            desk.locator("#homework-title input").fill("Across instances: one kind word");
            desk.locator("#assign-homework").click();
            // committed on B once the dialog has closed; from then on the other instance has 2 s
            assertThat(desk.locator("vaadin-dialog-overlay")).hasCount(0);

            assertThat(boardOnA.page().locator("#homework-board")).containsText("Across instances: one kind word",
                    WITHIN_2_S);
            assertThat(phoneOnA.page().locator("body")).containsText("Across instances: one kind word", WITHIN_2_S);
            boardOnA.screenshot("two-instances-01-board-on-a-shows-homework-assigned-on-b");
        } catch (RuntimeException | AssertionError failure) {
            boardOnA.saveEvidence("FAILED-two-instances-board-on-a");
            deskOnB.saveEvidence("FAILED-two-instances-desk-on-b");
            phoneOnA.saveEvidence("FAILED-two-instances-phone-on-a");
            throw failure;
        } finally {
            boardOnA.close();
            deskOnB.close();
            phoneOnA.close();
        }
    }

    @Test
    @Order(3)
    void homework_marked_done_on_b_shows_at_once_on_the_therapists_board_open_on_a() {
        Browser.Tab boardOnA = browser.open(a.baseUrl(), 1280, 800);
        Browser.Tab phoneOnB = browser.open(b.baseUrl(), 375, 812);
        try {
            openMayaAndTom(boardOnA);
            var doneCells = boardOnA.page().locator("#homework-board vaadin-grid-cell-content")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(
                            Pattern.compile("^\\s*1 of 1 done\\s*$")));
            assertThat(boardOnA.page().locator("#homework-board")).containsText("Across instances: one kind word");
            int doneBefore = doneCells.count();

            phoneOnB.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            Page phone = phoneOnB.page();
            var task = phone.locator(".tw-task").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Across instances: one kind word"));
            task.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName(Pattern.compile("^(I did it|Mark done)$"))).first().click();
            // committed on B once the phone offers to take it back; from then on the other instance has 2 s
            assertThat(task.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Undo"))).isVisible();

            assertThat(doneCells).hasCount(doneBefore + 1,
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(2_000));
            boardOnA.screenshot("two-instances-02-board-on-a-shows-completion-on-b");
        } catch (RuntimeException | AssertionError failure) {
            boardOnA.saveEvidence("FAILED-two-instances-board-on-a");
            phoneOnB.saveEvidence("FAILED-two-instances-phone-on-b");
            throw failure;
        } finally {
            boardOnA.close();
            phoneOnB.close();
        }
    }

    @Test
    @Order(4)
    void a_live_session_paused_on_a_shows_paused_at_once_in_its_tab_on_b() {
        Browser.Tab onA = browser.open(a.baseUrl(), 1280, 800);
        Browser.Tab onB = browser.open(b.baseUrl(), 1280, 800);
        try {
            openMayaAndTom(onA);
            Page sessionOnA = onA.page();
            sessionOnA.locator("#start-session-now").click();
            sessionOnA.waitForURL(Pattern.compile(".*/sessions/\\d+$"));
            String session = URI.create(sessionOnA.url()).getPath();
            onB.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            onB.page().navigate(session);
            assertThat(onB.page().locator("#pause-session")).containsText("Pause");

            sessionOnA.locator("#pause-session").click();
            assertThat(sessionOnA.locator("#pause-session")).containsText("Resume");

            assertThat(onB.page().locator("#pause-session")).containsText("Resume", WITHIN_2_S);
            onB.screenshot("two-instances-03-session-on-b-paused-on-a");
        } catch (RuntimeException | AssertionError failure) {
            onA.saveEvidence("FAILED-two-instances-session-on-a");
            onB.saveEvidence("FAILED-two-instances-session-on-b");
            throw failure;
        } finally {
            onA.close();
            onB.close();
        }
    }

    /** Signs the therapist in on the tab's instance and opens Maya & Tom's couple page; returns its path. */
    private static String openMayaAndTom(Browser.Tab tab) {
        tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
        Page page = tab.page();
        assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
        page.getByText("Maya & Tom").first().click();
        page.waitForURL(Pattern.compile(".*/couples/\\d+$"));
        return URI.create(page.url()).getPath();
    }

    @Test
    @Order(5)
    void a_partner_who_changes_their_e_mail_on_one_instance_is_signed_out_of_their_tab_on_the_other() {
        Browser.Tab onB = browser.open(b.baseUrl(), 375, 812);
        Browser.Tab onA = browser.open(a.baseUrl(), 375, 812);
        try {
            onB.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            assertThat(onB.page()).hasURL(Pattern.compile(".*/my-homework$"));

            onA.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            Page page = onA.page();
            page.navigate("/account");
            page.getByLabel("New e-mail address").fill("tom.moved@couples.example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change e-mail")).click();
            page.getByLabel("Your password").fill(DemoClinic.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login\\?email-changed$"));
            onA.screenshot("two-instances-04-email-changed-on-a");

            // On instance B, without anyone touching the tab: its session ends (the same notice a deactivation
            // sends) and it lands on the sign-in page.
            assertThat(onB.page()).hasURL(Pattern.compile(".*/login.*"),
                    new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(15_000));
            onB.screenshot("two-instances-05-other-tab-on-b-signed-out");
        } catch (RuntimeException | AssertionError failure) {
            onB.saveEvidence("FAILED-two-instances-tab-on-b");
            onA.saveEvidence("FAILED-two-instances-tab-on-a");
            throw failure;
        } finally {
            onB.close();
            onA.close();
        }
    }

    @Test
    @Order(6)
    void with_both_instances_running_the_jobs_each_partner_gets_one_reminder_and_a_couple_is_deleted_once()
            throws Exception {
        execute("update couple set status = 'CLOSED', closed_on = current_date - 2 where display_name = 'Priya & Daniel'");
        long coupleId = count("select id from couple where display_name = 'Priya & Daniel'");

        waitFor(Duration.ofSeconds(60), () -> count("select count(*) from couple where id = " + coupleId
                + " and purged_at is not null") == 1);
        waitFor(Duration.ofSeconds(60), () -> count("select count(*) from reminder_sent") > 0);
        // Then both locks are taken once more (at least 30 s later): the second runs find nothing left to do.
        Instant reminders = lockedAt("homework-reminders");
        Instant retention = lockedAt("retention");
        waitFor(Duration.ofSeconds(90), () -> lockedAt("homework-reminders").isAfter(reminders)
                && lockedAt("retention").isAfter(retention));
        smtp.waitForIncomingEmail(1);

        Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(message -> {
                    try {
                        return message.getAllRecipients()[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }, Collectors.counting()));
        assertThat(perRecipient).isNotEmpty();
        assertThat(perRecipient.values()).allSatisfy(received -> assertThat(received).isEqualTo(1));
        assertThat(count("select count(*) from audit_event where kind = 'DELETION' and couple_id = " + coupleId))
                .isEqualTo(1);
    }

    @Test
    @Order(7)
    void behind_the_balancer_a_person_whose_instance_dies_is_told_to_sign_in_again_and_keeps_what_was_saved()
            throws Exception {
        var haproxy = java.nio.file.Path.of("/usr/sbin/haproxy");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(haproxy),
                "HAProxy is not installed (apt-get install haproxy; .ci/run installs it)");
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String config = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "haproxy.cfg"))
                .replace("bind *:80", "bind 127.0.0.1:" + port)
                .replace("127.0.0.1:8081", "127.0.0.1:" + a.port())
                .replace("127.0.0.1:8082", "127.0.0.1:" + b.port());
        var file = java.nio.file.Path.of("target", "haproxy", "haproxy.cfg");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, config);
        Process balancer = new ProcessBuilder(haproxy.toString(), "-db", "-f", file.toString())
                .redirectErrorStream(true).redirectOutput(file.resolveSibling("haproxy.log").toFile()).start();
        String front = "http://localhost:" + port;
        Browser.Tab tab = null;
        try {
            var http = HttpClient.newHttpClient();
            waitFor(Duration.ofSeconds(30), () -> {
                try {
                    return http.send(HttpRequest.newBuilder(URI.create(front + "/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (Exception notYet) {
                    return false;
                }
            });
            tab = browser.open(front, 1280, 900);
            Page page = tab.page();
            tab.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
            page.navigate("/account");
            String newPassword = "a quiet walk by the river at dusk";
            page.getByLabel("Current password").fill(DemoClinic.PASSWORD);
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
            page.getByLabel("New password again").fill(newPassword);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(page.getByText("Your password is changed.")).isVisible();

            String pinned = page.context().cookies().stream().filter(c -> c.name.equals("TRUSTWORK_INSTANCE"))
                    .findFirst().orElseThrow().value;
            (pinned.equals("a") ? a : b).kill();

            // The open tab finds its instance gone, is sent to the other one, and says why it must sign in again.
            assertThat(page).hasURL(Pattern.compile(".*/login\\?ended$"),
                    new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(30_000));
            assertThat(page.getByText("the connection to Trustwork was lost")).isVisible();
            tab.screenshot("two-instances-06-instance-died-sign-in-again");
            tab.assertAccessible("two-instances-sign-in-again");

            // What was saved before the crash is there: the new password signs in on the surviving instance.
            page.getByLabel("E-mail").fill(DemoClinic.MAYA);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page).hasURL(Pattern.compile(".*/my-homework$"));
        } catch (RuntimeException | AssertionError failure) {
            if (tab != null) {
                tab.saveEvidence("FAILED-two-instances-balancer");
            }
            throw failure;
        } finally {
            if (tab != null) {
                tab.close();
            }
            balancer.destroy();
            balancer.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private static Instant lockedAt(String job) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("select locked_at from shedlock where name = ?")) {
            statement.setString(1, job);
            var result = statement.executeQuery();
            return result.next() ? result.getTimestamp(1).toInstant() : Instant.EPOCH;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            return result.next() ? result.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Polls a condition of the shared database (what the instances did), with a deadline: no fixed sleep. */
    private static void waitFor(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not reached within " + limit);
            }
            Thread.sleep(200);
        }
    }
}
