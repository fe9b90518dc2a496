package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Route;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.couple.CoupleService;

/**
 * What a browser sees of the attacks that plain HTTP tests (security.OutsideSecurityTest) cannot show: a page on
 * another site that posts the sign-in form, and addresses made up to provoke the framework.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutsideSecurityIT extends BrowserTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    CoupleService couples;

    @Test
    void a_page_on_another_site_cannot_sign_the_visitor_into_someone_elses_account() {
        inTab("login-csrf", 375, 800, tab -> {
            var page = tab.page();
            // The attacker's page, served by the browser's own router for a site that is not Trustwork.
            String attackerPage = """
                    <!doctype html><html lang="en"><head><title>Win a prize</title></head><body>
                    <form id="f" method="post" action="http://localhost:%d/login">
                      <input name="username" value="%s"><input name="password" value="%s">
                    </form><script>document.getElementById('f').submit()</script></body></html>
                    """.formatted(port, DemoClinic.CHRIS, DemoClinic.PASSWORD);
            page.context().route("http://prize.attacker.test/**", (Route route) -> route.fulfill(
                    new Route.FulfillOptions().setContentType("text/html").setBody(attackerPage)));
            page.navigate("http://prize.attacker.test/");
            page.waitForURL(url -> url.startsWith("http://localhost:" + port));

            page.navigate("/my-homework");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByLabel("E-mail")).isVisible();
            tab.screenshot("outside-01-sign-in-from-another-site-refused");

            // The same person on Trustwork's own page signs in as always.
            tab.signIn(DemoClinic.CHRIS, DemoClinic.PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/my-homework(\\?continue)?$"));
        });
    }

    @Test
    void made_up_ids_and_addresses_get_calm_pages_and_no_stack_trace(CapturedOutput output) {
        long coupleId = clinic.coupleId("Maya & Tom");
        inTab("made-up-addresses", 1280, 900, tab -> {
            var page = tab.page();
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            for (String address : new String[] {"/couples/99999999999999999999", "/sessions/99999999999999999999",
                    "/couples/99999999999999999999/progress"}) {
                page.navigate(address);
                assertThat(page.getByText("This page isn't available to you")).isVisible();
                assertThat(page.locator("body")).not().containsText("xception");
            }
            tab.screenshot("outside-02-over-long-id");

            page.navigate("/summaries");
            assertThat(page.getByText("This page isn't available to you")).isVisible();
            // in the app's frame: the navigation is there to go on from
            assertThat(page.locator("vaadin-side-nav-item[path='caseload']")).isAttached();
            tab.screenshot("outside-03-unknown-address");
            page.navigate("/couples/" + coupleId);
            assertThat(page.getByText("Maya & Tom").first()).isVisible();
        });
        assertThat(output.getAll()).doesNotContain("NumberFormatException");
    }

    @Test
    void a_partner_sees_the_same_page_for_a_made_up_address_and_for_a_staff_screen() {
        inTab("partner-not-found", 375, 800, tab -> {
            var page = tab.page();
            tab.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            page.navigate("/summaries");
            assertThat(page.getByText("This page isn't available to you")).isVisible();
            String unknown = page.locator(".tw-message-page").innerText();
            tab.screenshot("outside-04-partner-unknown-address");
            tab.assertAccessible("partner-not-found");
            page.navigate("/admin/accounts");
            assertThat(page.getByText("This page isn't available to you")).isVisible();
            assertThat(page.locator(".tw-message-page").innerText()).isEqualTo(unknown);
        });
    }
}
