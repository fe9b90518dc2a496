package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.trustwork.DemoClinic;

/**
 * The admin's couples page and audit log in Chromium: both pass the accessibility scan, and the couple's data
 * export arrives as a real ZIP file.
 */
class AdminCouplesIT extends BrowserTest {

    @Test
    void the_admin_finds_a_couple_downloads_their_data_and_reads_the_audit_log() {
        inTab("admin-couples", 1280, 900, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.ADMIN, DemoClinic.PASSWORD);
            page.navigate("/admin/couples");
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Maya & Tom")))
                    .isVisible();
            tab.screenshot("80-admin-couples");
            tab.assertAccessible("admin-couples");

            page.locator("#couple-search input").fill("Maya");
            Locator export = page.locator("a[aria-label='Export all data of Maya & Tom as ZIP']");
            assertThat(export).isVisible();
            Download download = page.waitForDownload(export::click);
            assertThat(download.suggestedFilename()).matches("trustwork-couple-\\d+\\.zip");
            try {
                byte[] zip = Files.readAllBytes(download.path());
                assertThat(zip[0]).isEqualTo((byte) 'P');
                assertThat(zip[1]).isEqualTo((byte) 'K');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }

            page.navigate("/admin/audit");
            assertThat(page.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("all data of the couple exported")).first()).isVisible();
            tab.screenshot("81-audit-log");
            tab.assertAccessible("audit-log");
        });
    }
}
