package org.trustwork.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trustwork.twofactor.BenchCodes;

/**
 * Records what a real browser (system Chromium, through Playwright) sends to the server while a therapist does
 * the load simulation's loop once: sign in, open the live session, type notes until they autosave, press Next
 * item, follow the link to the couple page, then its link to the progress dashboard, go back to the session. The simulation (TherapistSimulation) sends
 * the same requests; this is how it was checked. Output: target/bench/browser-recording.txt.
 *
 * <p>Run: {@code ./mvnw -Pbench verify -Dbench.steps=record}.
 */
final class BrowserRecorder {

    private BrowserRecorder() {
    }

    static Path record() throws Exception {
        BenchData.ensureTemplate();
        var seat = BenchData.seats().getFirst();
        Path out = BenchConfig.workDir().resolve("browser-recording.txt");
        var lines = new ArrayList<String>();
        try (var app = new BenchApp(BenchData.freshCopy("record"), BenchData.seedFile(), "record");
             var playwright = BenchBrowser.playwright()) {
            app.start();
            var chromium = BenchBrowser.chromium(playwright);
            var context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setBaseURL(app.baseUrl()));
            context.addInitScript("Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true });");
            Page page = context.newPage();
            page.onRequest(request -> lines.add(describe(request)));
            page.onResponse(response -> {
                String type = response.headers().getOrDefault("content-type", "");
                if (type.contains("json") || response.url().contains("v-r=")) {
                    try {
                        lines.add("<<< " + response.status() + " " + response.url() + "\n" + response.text());
                    } catch (RuntimeException e) {
                        lines.add("<<< " + response.status() + " " + response.url() + " (no body: " + e.getMessage() + ")");
                    }
                }
            });
            step(lines, "sign in as " + seat.email());
            page.navigate("/login");
            page.getByLabel("E-mail").fill(seat.email());
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(BenchData.password());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL("**/login/code");

            step(lines, "second step: the code from the authenticator app");
            page.locator("#code").fill(BenchCodes.now(seat.totpSecret()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.waitForURL("**/caseload");

            step(lines, "open the live session /sessions/" + seat.sessionId());
            page.navigate("/sessions/" + seat.sessionId());
            page.locator("#session-notes textarea").waitFor();

            step(lines, "type session notes, then wait for the autosave");
            page.locator("#session-notes textarea").click();
            page.locator("#session-notes textarea").pressSequentially("Both arrived on time; calmer than last week.");
            page.waitForTimeout(3000);

            step(lines, "press Next item");
            page.locator("#next-item").click();
            page.waitForTimeout(1500);

            step(lines, "follow the link to the couple page");
            page.locator("a.tw-back").click();
            page.waitForURL("**/couples/" + seat.coupleId());
            page.waitForTimeout(1500);

            step(lines, "follow the couple page's link to the progress dashboard");
            page.locator("#open-progress").click();
            page.waitForURL("**/couples/" + seat.coupleId() + "/progress");
            page.waitForTimeout(1500);

            step(lines, "back to the session (browser history, two steps back)");
            page.evaluate("history.go(-2)");
            page.locator("#session-notes textarea").waitFor();
            page.waitForTimeout(1500);
            step(lines, "done");
            chromium.close();
        }
        Files.write(out, lines);
        return out;
    }

    private static void step(List<String> lines, String name) {
        lines.add("\n==== " + name + " ====");
    }

    private static String describe(Request request) {
        String body = request.postData();
        return ">>> " + request.method() + " " + request.url() + (body == null ? "" : "\n" + body);
    }
}
