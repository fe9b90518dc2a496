package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustwork.DemoClinic;

/**
 * The README's pictures, taken from the demo clinic with its months of history, as a newcomer's first start shows it.
 * They go to target/screenshots/readme; to refresh the README's copies:
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ReadmeScreenshotsIT
 * -Dtrustwork.readme-images=docs/images}.
 */
class ReadmeScreenshotsIT {

    @TempDir
    Path data;

    private static void addFreeItem(Page page, String title) {
        page.getByLabel("Item", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add item")).click();
        assertThat(page.getByText(title).first()).isVisible();
    }

    @Test
    void the_readme_shows_the_live_session_a_partners_homework_and_timeline_and_the_progress_dashboard() throws Exception {
        Path out = Path.of(System.getProperty("trustwork.readme-images", "target/screenshots/readme"));
        Files.createDirectories(out);
        try (var app = new AppProcess(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("trustwork") + ";WRITE_DELAY=0",
                "--trustwork.demo-data.history=true"));
             var browser = new Browser()) {
            app.start();
            Browser.Tab therapist = browser.open(app.baseUrl(), 1280, 860);
            Page page = therapist.page();
            therapist.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
            page.getByText("Maya & Tom").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/couples/\\d+$"));
            String couple = page.url().replaceAll(".*/couples/(\\d+)$", "$1");

            page.navigate("/couples/" + couple + "/progress");
            assertThat(page.locator("svg").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("progress-dashboard.png")));

            page.navigate("/couples/" + couple);
            page.locator("#start-session-now").click();
            assertThat(page).hasURL(Pattern.compile(".*/sessions/\\d+$"));
            // an agenda as a therapist might start one, then begin
            addFreeItem(page, "How the week went");
            addFreeItem(page, "The daily check-in: what worked, what to change");
            addFreeItem(page, "Plan for the anniversary weekend");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next item")).click();
            // the first item under way, not the pause between items
            assertThat(page.getByText("Between items")).isHidden();
            page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("live-session.png")));
            therapist.close();

            Browser.Tab partner = browser.open(app.baseUrl(), 375, 812);
            partner.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            assertThat(partner.page()).hasURL(Pattern.compile(".*/my-homework$"));
            partner.page().screenshot(new Page.ScreenshotOptions().setPath(out.resolve("partner-homework-phone.png")));
            partner.close();

            // the couple's story as the hurt partner keeps it: the days that changed things, the phase
            Browser.Tab maya = browser.open(app.baseUrl(), 375, 812);
            maya.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
            maya.page().navigate("/my-story");
            assertThat(maya.page().locator(".tw-timeline-item").first()).isVisible();
            maya.page().screenshot(new Page.ScreenshotOptions().setPath(out.resolve("partner-timeline-phone.png")));
            maya.close();
        }
    }
}
