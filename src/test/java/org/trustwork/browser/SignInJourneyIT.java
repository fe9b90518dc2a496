package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.trustwork.DemoClinic;

/** Each role signs in through the real login page in Chromium and sees its own part of Trustwork. */
class SignInJourneyIT extends BrowserTest {

    private static Locator nav(Page page) {
        return page.locator("vaadin-side-nav-item");
    }

    @Test
    void a_therapist_signs_in_sees_the_caseload_and_the_library_then_logs_out() {
        inTab("therapist", 1280, 800, tab -> {
            Page page = tab.page();
            page.navigate("/login");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trustwork"))).isVisible();
            tab.screenshot("01-login-desktop");
            tab.assertAccessible("login");

            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/caseload$"));
            assertThat(page.getByText("Maya & Tom").first()).isVisible();
            assertThat(nav(page)).containsText(new String[] {"Caseload", "Practice library"});
            tab.screenshot("02-therapist-caseload");
            tab.assertAccessible("caseload");

            nav(page).filter(new Locator.FilterOptions().setHasText("Practice library")).click();
            assertThat(page.locator(".tw-practice-card")).hasCount(25);
            tab.screenshot("03-therapist-practice-library");
            tab.assertAccessible("practice-library");

            page.locator(".tw-practice-card").first().click();
            assertThat(page.getByText("In session")).isVisible();
            tab.screenshot("04-practice-detail");
            tab.assertAccessible("practice-detail");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
            page.navigate("/caseload");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        });
    }

    @Test
    void a_partner_on_a_phone_sees_their_homework_and_cannot_open_the_caseload() {
        inTab("partner-phone", 375, 812, tab -> {
            Page page = tab.page();
            page.navigate("/login");
            tab.screenshot("05-login-phone");
            tab.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/my-homework$"));
            // Other browser tests may have assigned Maya homework by now; the page itself is what matters here.
            assertThat(page.getByLabel("E-mail me a reminder on days homework is due")).isVisible();
            tab.screenshot("06-partner-my-homework-phone");
            tab.assertAccessible("partner-homework-phone");

            page.navigate("/practices");
            assertThat(page.locator(".tw-practice-card")).hasCount(25);
            tab.screenshot("07-partner-practice-library-phone");
            tab.assertAccessible("practice-library-phone");

            page.navigate("/caseload");
            assertThat(page.getByText("This page isn't available to you")).isVisible();
            tab.screenshot("08-partner-denied-phone");
            tab.assertAccessible("access-denied");
        });
    }

    @Test
    void an_admin_signs_in_to_the_accounts_page_and_a_wrong_password_gets_a_calm_message() {
        inTab("admin", 1280, 800, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.ADMIN, "wrong password entirely");
            assertThat(page.getByText("Check your e-mail and password and try again.")).isVisible();
            tab.screenshot("09-login-error");

            tab.signIn(DemoClinic.ADMIN, DemoClinic.PASSWORD);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/accounts$"));
            assertThat(nav(page)).containsText(new String[] {"Accounts"});
            assertThat(page.getByText("Dr Elena Rivera").first()).isVisible();
            tab.screenshot("10-admin-accounts");
            tab.assertAccessible("admin-accounts");
        });
    }
}
