package org.trustwork.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

        void close() {
            page.context().close();
        }
    }
}
