package org.trustwork.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A partner signing in on a phone over a mobile connection (issue #24): the system Chromium at 375 px with its CPU
 * slowed down four times and the network throttled through the DevTools protocol, first with an empty cache, then
 * "the next day" (cache kept, session gone). Measured from the start of the navigation until the e-mail field can be
 * typed into, and from pressing Sign in until My homework shows; the partner types at a person's pace in between,
 * during which the sign-in page may fetch the app's files. Bytes are what went over the (throttled) wire.
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.steps=signin}.
 */
final class SignInSpeed {

    record Network(String name, int downKbit, int upKbit, int latencyMs) {
    }

    static final List<Network> NETWORKS = List.of(new Network("Slow 4G", 4000, 3000, 80),
            new Network("Fast 3G", 1600, 750, 150));
    /** A partner of the first seeded couple (BenchSeeder), who signs in with a password only. */
    private static final String PARTNER = "bench.p1.0.0@couples.example";
    private static final int CPU_SLOWDOWN = 4;

    private SignInSpeed() {
    }

    record Visit(long bytes, long formMillis, long homeworkMillis) {
    }

    static List<String> run() throws Exception {
        var rows = new ArrayList<String>();
        try (var app = new BenchApp(BenchData.freshCopy("signin"), BenchData.seedFile(), "signin");
             var playwright = BenchBrowser.playwright()) {
            app.start();
            var chromium = BenchBrowser.chromium(playwright);
            // one unthrottled sign-in first, so the server's own first-request costs are not measured
            try (BrowserContext warmUp = phone(chromium, app.baseUrl())) {
                visit(warmUp.newPage(), new AtomicLong());
            }
            for (Network network : NETWORKS) {
                try (BrowserContext context = phone(chromium, app.baseUrl())) {
                    Page page = context.newPage();
                    CDPSession devTools = context.newCDPSession(page);
                    var bytes = new AtomicLong();
                    throttle(devTools, network, bytes);
                    Visit cold = visit(page, bytes);
                    context.clearCookies();
                    bytes.set(0);
                    Visit nextDay = visit(page, bytes);
                    System.out.println("[bench] sign-in on " + network.name() + ": cold " + cold + ", next day " + nextDay);
                    rows.add(row("Sign-in form usable, " + network.name() + ", cold cache", cold.formMillis(),
                            network.name().equals("Slow 4G") ? "< 1.5 s" : "(reported)", cold.bytes()));
                    rows.add(row("My homework after Sign in, " + network.name() + ", cold cache", cold.homeworkMillis(),
                            network.name().equals("Slow 4G") ? "< 2.5 s" : "(reported)", -1));
                    rows.add(row("Sign-in form usable, " + network.name() + ", next day", nextDay.formMillis(),
                            network.name().equals("Slow 4G") ? "< 1.0 s" : "(reported)", nextDay.bytes()));
                    rows.add(row("My homework after Sign in, " + network.name() + ", next day",
                            nextDay.homeworkMillis(), network.name().equals("Slow 4G") ? "< 1.5 s" : "(reported)", -1));
                }
            }
        }
        return rows;
    }

    private static BrowserContext phone(com.microsoft.playwright.Browser chromium, String baseUrl) {
        var context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true));
        context.addInitScript("Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true });");
        return context;
    }

    private static void throttle(CDPSession devTools, Network network, AtomicLong bytes) {
        devTools.send("Network.enable");
        var conditions = new JsonObject();
        conditions.addProperty("offline", false);
        conditions.addProperty("latency", network.latencyMs());
        conditions.addProperty("downloadThroughput", network.downKbit() * 1000 / 8);
        conditions.addProperty("uploadThroughput", network.upKbit() * 1000 / 8);
        devTools.send("Network.emulateNetworkConditions", conditions);
        var cpu = new JsonObject();
        cpu.addProperty("rate", CPU_SLOWDOWN);
        devTools.send("Emulation.setCPUThrottlingRate", cpu);
        devTools.on("Network.loadingFinished", event -> bytes.addAndGet(event.get("encodedDataLength").getAsLong()));
    }

    private static Visit visit(Page page, AtomicLong bytes) {
        long start = System.nanoTime();
        page.navigate("/login", new Page.NavigateOptions().setTimeout(120_000));
        Locator email = page.getByLabel("E-mail");
        email.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(120_000));
        // usable: it takes what is typed
        email.click(new Locator.ClickOptions().setTimeout(120_000));
        long form = (System.nanoTime() - start) / 1_000_000;
        email.pressSequentially(PARTNER, new Locator.PressSequentiallyOptions().setDelay(90));
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .pressSequentially(BenchData.password(), new Locator.PressSequentiallyOptions().setDelay(90));
        long pressed = System.nanoTime();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.locator("h1.tw-view-title").filter(new Locator.FilterOptions().setHasText("My homework"))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(120_000));
        long homework = (System.nanoTime() - pressed) / 1_000_000;
        return new Visit(bytes.get(), form, homework);
    }

    private static String row(String measure, long millis, String target, long bytes) {
        String result = String.format(Locale.ROOT, "%.2f s", millis / 1000.0)
                + (bytes >= 0 ? String.format(Locale.ROOT, " (%,d KiB over the wire)", bytes / 1024) : "");
        return "| " + measure + " | " + result + " | " + target + " |";
    }
}
