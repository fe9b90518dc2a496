package org.trustwork.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trustwork.twofactor.TestTotp;

/**
 * Headless system Chromium for the real-browser tests (never a downloaded browser), with one
 * screenshot per step under target/screenshots for a person to look at.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of(System.getProperty("trustwork.screenshots", "target/screenshots"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("trustwork.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh, cookie-less tab of the given size, recording what the browser console says. */
    Tab open(String baseUrl, int width, int height) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height).setBaseURL(baseUrl));
        // Machines without a network route make Chromium report navigator.onLine = false, and Vaadin's client
        // then shows its offline page even for localhost. The app is reachable, so say so.
        context.addInitScript("Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true });");
        Page page = context.newPage();
        var console = new ArrayList<String>();
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        return new Tab(page, console);
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    record Tab(Page page, List<String> console) {

        void signIn(String email, String password) {
            page.navigate("/login");
            page.getByLabel("E-mail").fill(email);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(url -> !url.endsWith("/login"));
            if (page.url().contains("/login/code")) {
                // Demo staff have two-factor sign-in with the published demo key: type what their app would show.
                enterCode(TestTotp.unusedCode(email, TestTotp.DEMO_SECRET));
            }
        }

        void enterCode(String code) {
            page.getByLabel("6-digit code from your authenticator app").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.waitForURL(url -> !url.endsWith("/login/code"));
        }

        void screenshot(String name) {
            try {
                Files.createDirectories(SCREENSHOTS);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png"))
                        .setFullPage(true));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Keeps the page and the console next to the screenshots when a step fails. */
        void saveEvidence(String name) {
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), page.content());
                Files.write(SCREENSHOTS.resolve(name + ".console.txt"), console);
                screenshot(name);
            } catch (Exception ignored) {
                // evidence is best effort; the test failure itself is what matters
            }
        }

        /**
         * Scans the page with axe-core for WCAG 2.1 A/AA problems and fails on any critical or serious one,
         * writing the findings next to the screenshots.
         */
        void assertAccessible(String name) {
            AxeResults results = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze();
            List<Rule> severe = results.getViolations().stream()
                    .filter(rule -> "critical".equals(rule.getImpact()) || "serious".equals(rule.getImpact()))
                    .toList();
            var report = new StringBuilder();
            for (Rule rule : results.getViolations()) {
                report.append(rule.getImpact()).append(": ").append(rule.getId()).append(" - ").append(rule.getHelp())
                        .append('\n');
                rule.getNodes().forEach(node -> report.append("    ").append(node.getTarget()).append('\n'));
            }
            try {
                Files.createDirectories(SCREENSHOTS);
                Files.writeString(SCREENSHOTS.resolve("axe-" + name + ".txt"),
                        report.isEmpty() ? "no violations\n" : report.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (!severe.isEmpty()) {
                throw new AssertionError("Accessibility problems on " + name + ":\n" + report);
            }
        }

        void close() {
            page.context().close();
        }
    }
}
