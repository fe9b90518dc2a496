import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One arm of the embedded-H2 soak (issue #25, docs/performance.md "Embedded H2 over hours"): starts Trustwork on
 * its own file database and port, then alternates bursts of use (every demo account signs in through Chromium,
 * partners mark homework and check in, a therapist writes session notes) with idle stretches in which nothing
 * touches the app, and writes after every round one summary line. It stops the app and itself at --until.
 * <p>
 * Not part of the build: started by src/soak/h2-soak.sh, which puts Playwright on the class path.
 * <p>
 * Files in --dir: app.log (the app's own output), rounds.log (one line per round), signins.log (one line per
 * sign-in), errors.log (every ERROR block of app.log with its stack trace and causes), size.log (database file
 * size every minute), driver.log (this program's own output).
 */
public class H2Soak {

    static final String PASSWORD = "trustwork-demo";
    static final String STAFF_SECRET = "TRUSTWORKDEMOSECRETFORSTAFF23456";
    static final List<String> STAFF = List.of("admin@trustwork.example", "elena.rivera@trustwork.example",
            "samuel.okafor@trustwork.example");
    static final List<String> PARTNERS = List.of("maya@couples.example", "tom@couples.example",
            "priya@couples.example", "daniel@couples.example", "chris@couples.example", "jamie@couples.example");

    final Map<String, String> options;
    final Path dir;
    final int port;
    final String base;
    final Instant until;
    final List<Integer> idleMinutes;
    Process app;
    long logOffset;
    int totalErrors;
    int total23514;
    int round;

    H2Soak(Map<String, String> options) {
        this.options = options;
        dir = Path.of(options.get("dir"));
        port = Integer.parseInt(options.get("port"));
        base = "http://127.0.0.1:" + port;
        until = Instant.parse(options.get("until"));
        idleMinutes = Arrays.stream(options.getOrDefault("idle", "30,45,60").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
    }

    public static void main(String[] args) throws Exception {
        var options = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("dir", "port", "until", "classpath")) {
            if (!options.containsKey(required)) {
                System.err.println("missing --" + required);
                System.exit(2);
            }
        }
        new H2Soak(options).run();
    }

    void run() throws Exception {
        Files.createDirectories(dir);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopApp));
        say("arm " + dir.getFileName() + " port " + port + " until " + until + " idle " + idleMinutes
                + " app args " + options.getOrDefault("app-args", ""));
        startApp();
        Thread sizes = Thread.ofPlatform().daemon().start(this::sampleSizes);
        runRound(0);
        for (int i = 0; ; i++) {
            int idle = idleMinutes.get(Math.min(i, idleMinutes.size() - 1));
            // a round takes a few minutes; shorten the last idle stretch so that its round still fits
            Instant roundEnd = Instant.now().plus(idle, ChronoUnit.MINUTES).plus(6, ChronoUnit.MINUTES);
            if (roundEnd.isAfter(until)) {
                idle = (int) Duration.between(Instant.now(), until).minusMinutes(6).toMinutes();
                if (idle < 10) {
                    break;
                }
            }
            say("idle for " + idle + " min");
            Thread.sleep(Duration.ofMinutes(idle));
            if (!app.isAlive()) {
                say("app died, exit code " + app.exitValue());
                summary("app-died", idle, 0, 0, 0, 0);
                break;
            }
            runRound(idle);
        }
        say("done: until " + until + " reached");
        sizes.interrupt();
        stopApp();
    }

    // ---- the app

    void startApp() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dvaadin.project.basedir=" + options.getOrDefault("project", "."),
                "-cp", options.get("classpath"),
                "org.trustwork.Application",
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--trustwork.public-url=" + base));
        String extra = options.getOrDefault("app-args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        // the working directory is the arm's own folder: the default URL's ./data is then this arm's database,
        // and no seeds/ folder is there to be read twice
        app = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile())).start();
        Files.writeString(dir.resolve("app.pid"), app.pid() + "\n");
        say("app pid " + app.pid() + ": " + String.join(" ", command));
        Instant deadline = Instant.now().plusSeconds(300);
        while (!appLog().contains("Started Application")) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Trustwork did not start, see " + dir.resolve("app.log"));
            }
            Thread.sleep(1000);
        }
        say("app started");
    }

    void stopApp() {
        if (app != null && app.isAlive()) {
            app.destroy();
            try {
                if (!app.waitFor(60, TimeUnit.SECONDS)) {
                    app.destroyForcibly();
                }
            } catch (InterruptedException e) {
                app.destroyForcibly();
            }
            say("app stopped");
        }
    }

    String appLog() throws IOException {
        Path log = dir.resolve("app.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    long dbBytes() {
        try (var files = Files.list(dir.resolve("data"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (IOException e) {
            return -1;
        }
    }

    void sampleSizes() {
        try {
            while (true) {
                append("size.log", Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + dbBytes());
                Thread.sleep(Duration.ofMinutes(1));
            }
        } catch (InterruptedException e) {
            // done
        }
    }

    // ---- a round: every account signs in, and some of them change something

    void runRound(int idleBefore) throws Exception {
        round++;
        say("round " + round + " after " + idleBefore + " min idle");
        int ok = 0;
        int failed = 0;
        int writesOk = 0;
        int writesFailed = 0;
        try (Playwright playwright = Playwright.create();
                Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            List<String> accounts = new ArrayList<>(PARTNERS);
            accounts.addAll(STAFF);
            for (String account : accounts) {
                boolean staff = STAFF.contains(account);
                try (BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                        .setBaseURL(base).setViewportSize(staff ? 1280 : 375, staff ? 800 : 740))) {
                    context.setDefaultTimeout(30_000);
                    Page page = context.newPage();
                    long started = System.nanoTime();
                    String outcome = signIn(page, account, staff);
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    boolean signedIn = outcome.startsWith("OK");
                    if (signedIn) {
                        ok++;
                    } else {
                        failed++;
                    }
                    append("signins.log", Instant.now().truncatedTo(ChronoUnit.SECONDS) + " round=" + round + " "
                            + account + " " + outcome + " " + ms + "ms");
                    if (signedIn) {
                        for (var write : writesFor(account)) {
                            String result = write(page, write);
                            append("signins.log", Instant.now().truncatedTo(ChronoUnit.SECONDS) + " round=" + round
                                    + " " + account + " write " + write + " " + result);
                            if (result.startsWith("OK")) {
                                writesOk++;
                            } else if (!result.startsWith("SKIP")) {
                                writesFailed++;
                            }
                        }
                    }
                }
            }
        }
        int[] errors = collectErrors();
        summary("round", idleBefore, ok, failed, writesOk, writesFailed, errors[0], errors[1]);
    }

    String signIn(Page page, String email, boolean staff) {
        try {
            page.navigate("/login");
            page.getByLabel("E-mail").fill(email);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(url -> !url.endsWith("/login"));
            if (page.url().contains("/login/code")) {
                for (int attempt = 0; attempt < 2; attempt++) {
                    page.getByLabel("6-digit code from your authenticator app").fill(totp(Instant.now()));
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
                    page.waitForURL(url -> !url.endsWith("/login/code"));
                    if (!page.url().contains("/login/code")) {
                        break;
                    }
                    // a code is accepted once: wait for the authenticator's next one
                    Thread.sleep(31_000 - Instant.now().toEpochMilli() % 30_000);
                }
            }
            String expected = !staff ? "/my-homework" : email.startsWith("admin") ? "/admin/accounts" : "/caseload";
            page.waitForURL(url -> url.endsWith(expected), new Page.WaitForURLOptions().setTimeout(30_000));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            String body = page.locator("body").innerText();
            if (body.contains("Internal error") || body.contains("Server error") || body.contains("went wrong")) {
                return "FAIL error-on-page url=" + page.url();
            }
            return "OK " + page.url().substring(base.length());
        } catch (Exception e) {
            return "FAIL " + oneLine(e) + " url=" + page.url();
        }
    }

    List<String> writesFor(String account) {
        if (account.startsWith("elena")) {
            return List.of("session-notes");
        }
        if (PARTNERS.contains(account)) {
            return List.of("homework", "check-in");
        }
        return List.of();
    }

    String write(Page page, String what) {
        try {
            switch (what) {
                case "homework" -> {
                    page.navigate("/my-homework");
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    // "I did it" on today's tasks (since #20), "Mark done" on the others
                    Locator done = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I did it"))
                            .or(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark done")));
                    Locator undo = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo"));
                    if (done.count() > 0) {
                        done.first().click();
                    } else if (undo.count() > 0) {
                        undo.first().click();
                    } else {
                        return "SKIP nothing to mark";
                    }
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                }
                case "check-in" -> {
                    page.navigate("/check-in");
                    page.locator("#save-check-in").waitFor();
                    int value = 3 + round % 5;
                    for (String item : List.of("#item-trust", "#item-safety", "#item-closeness")) {
                        Locator field = page.locator(item);
                        if (field.locator("input[type=radio]").count() > 0) {
                            // 0-10 radio row (since #20)
                            field.getByText(String.valueOf(value), new Locator.GetByTextOptions().setExact(true))
                                    .first().click();
                        } else {
                            field.locator("input").fill(String.valueOf(value));
                        }
                    }
                    page.locator("#save-check-in").click();
                    page.getByText("Check-in saved").first().waitFor();
                }
                case "session-notes" -> {
                    page.navigate("/caseload");
                    page.waitForLoadState(LoadState.NETWORKIDLE);
                    Locator couple = page.locator("vaadin-grid-cell-content").filter(
                            new Locator.FilterOptions().setHasText("Maya"));
                    couple.first().click();
                    page.waitForURL(Pattern.compile(".*/couples/\\d+$"));
                    page.locator("#start-session-now").click();
                    page.waitForURL(Pattern.compile(".*/sessions/\\d+$"));
                    page.locator("#session-notes textarea").click();
                    page.locator("#session-notes textarea").pressSequentially("Soak round " + round + ": calmer.");
                    page.locator(".tw-note-status").first().filter(new Locator.FilterOptions().setHasText("Saved"))
                            .waitFor();
                    if (page.locator("#end-session").isVisible()) {
                        page.locator("#end-session").click();
                        page.waitForLoadState(LoadState.NETWORKIDLE);
                    }
                }
                default -> throw new IllegalArgumentException(what);
            }
            String body = page.locator("body").innerText();
            if (body.contains("Internal error") || body.contains("Server error") || body.contains("went wrong")) {
                return "FAIL error-on-page url=" + page.url();
            }
            return "OK";
        } catch (Exception e) {
            return "FAIL " + oneLine(e) + " url=" + page.url();
        }
    }

    // ---- the app's errors

    /** Copies the ERROR blocks written to app.log since the last round into errors.log; returns {new, 23514s}. */
    int[] collectErrors() throws IOException {
        String added;
        try (var file = new RandomAccessFile(dir.resolve("app.log").toFile(), "r")) {
            long length = file.length();
            byte[] bytes = new byte[(int) (length - logOffset)];
            file.seek(logOffset);
            file.readFully(bytes);
            logOffset = length;
            added = new String(bytes, StandardCharsets.UTF_8);
        }
        int errors = 0;
        int c23514 = 0;
        var block = new StringBuilder();
        boolean inError = false;
        for (String line : added.split("\n", -1)) {
            boolean logLine = line.matches("^\\d{4}-\\d\\d-\\d\\dT.*");
            if (logLine) {
                if (inError) {
                    append("errors.log", block.toString().stripTrailing());
                    block.setLength(0);
                }
                inError = line.contains(" ERROR ");
                if (inError) {
                    errors++;
                    block.append("---- round ").append(round).append('\n');
                }
            }
            if (line.contains("23514") && (logLine || !inError)) {
                c23514++;
            }
            if (inError) {
                block.append(line).append('\n');
            }
        }
        if (inError) {
            append("errors.log", block.toString().stripTrailing());
        }
        totalErrors += errors;
        total23514 += c23514;
        return new int[] {errors, c23514};
    }

    // ---- output

    void summary(String kind, int idle, int ok, int failed, int writesOk, int writesFailed, int... errors) {
        int newErrors = errors.length > 0 ? errors[0] : 0;
        append("rounds.log", String.format("%s arm=%s %s=%d idleBefore=%dmin signins ok=%d failed=%d writes ok=%d "
                        + "failed=%d newErrors=%d totalErrors=%d total23514=%d dbBytes=%d",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), dir.getFileName(), kind, round, idle, ok, failed,
                writesOk, writesFailed, newErrors, totalErrors, total23514, dbBytes()));
    }

    void say(String message) {
        String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + " " + message;
        System.out.println(line);
        append("driver.log", line);
    }

    synchronized void append(String file, String line) {
        try {
            Files.writeString(dir.resolve(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("cannot write " + file + ": " + e);
        }
    }

    static String oneLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return e.getClass().getSimpleName() + ": " + message.replaceAll("\\s+", " ");
    }

    static String totp(Instant at) throws Exception {
        byte[] key = base32(STAFF_SECRET);
        long step = at.getEpochSecond() / 30;
        byte[] counter = new byte[8];
        for (int i = 7; i >= 0; i--) {
            counter[i] = (byte) step;
            step >>= 8;
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(counter);
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
