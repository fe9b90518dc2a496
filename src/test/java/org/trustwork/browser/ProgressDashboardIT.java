package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.couple.CoupleService;

/**
 * The demo clinic with its months of generated history, as a therapist meets it: Maya &amp; Tom's progress
 * dashboard reads at a glance, passes the accessibility scan, and hands over a real PDF report. Its own
 * in-memory database, so the generated history never meets the other browser tests' data.
 */
@TestPropertySource(properties = {
        "trustwork.demo-data.history=true",
        "spring.datasource.url=jdbc:h2:mem:trustwork-progress-it;DB_CLOSE_DELAY=-1"})
class ProgressDashboardIT extends BrowserTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    CoupleService couples;

    @Test
    void the_therapist_reads_the_demo_couples_progress_and_downloads_the_report() {
        long mayaAndTom = clinic.coupleId("Maya & Tom");
        inTab("progress-dashboard", 1280, 900, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            page.navigate("/couples/" + mayaAndTom + "/progress");
            assertThat(page.locator("h2").filter(new Locator.FilterOptions().setHasText("Progress · Maya & Tom")))
                    .isVisible();
            assertThat(page.locator(".tw-chart-card svg").first()).isVisible();
            assertThat(page.locator(".tw-coverage-cell")).hasCount(25);
            tab.screenshot("70-progress-dashboard");
            tab.assertAccessible("progress-dashboard");
            page.locator(".tw-coverage").scrollIntoViewIfNeeded();
            assertThat(page.locator(".tw-coverage-cell.tw-cov-recent").first()).isVisible();
            tab.screenshot("72-progress-coverage");

            Download download = page.waitForDownload(() -> page.locator("#report-pdf").click());
            assertThat(download.suggestedFilename()).matches("progress-maya-tom-\\d{4}-\\d{2}-\\d{2}\\.pdf");
            try {
                byte[] pdf = Files.readAllBytes(download.path());
                assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                Files.createDirectories(Browser.SCREENSHOTS);
                Files.write(Browser.SCREENSHOTS.resolve("71-progress-report.pdf"), pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
