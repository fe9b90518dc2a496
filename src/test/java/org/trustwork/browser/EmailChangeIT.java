package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;

/** A partner on a phone moves their sign-in to a new e-mail address: password again, signed out, in with the new one. */
class EmailChangeIT extends BrowserTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    SystemTask systemTask;
    @Autowired
    CoupleService couples;

    @Test
    void a_partner_changes_their_e_mail_and_signs_in_with_the_new_one_only() {
        long coupleId = clinic.newCouple(DemoClinic.RIVERA);
        String oldAddress = systemTask.callAsAdmin(() -> couples.coupleForExport(coupleId)).partners().getFirst().email();
        String newAddress = "moved." + oldAddress;
        String password = DemoClinic.PASSWORD + "-long";

        inTab("email-change", 375, 812, tab -> {
            Page page = tab.page();
            tab.signIn(oldAddress, password);
            page.navigate("/account");
            assertThat(page.locator("#current-email")).hasText("You sign in with " + oldAddress + ".");
            tab.assertAccessible("my-account-phone");
            tab.screenshot("email-01-my-account-phone");

            page.getByLabel("New e-mail address").fill(newAddress);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change e-mail")).click();
            page.getByLabel("Your password").fill(password);
            tab.screenshot("email-02-confirm-its-you-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();

            assertThat(page).hasURL(Pattern.compile(".*/login\\?email-changed$"));
            assertThat(page.getByText("Your e-mail address is changed. Sign in with the new one.")).isVisible();
            tab.screenshot("email-03-signed-out-phone");
            page.navigate("/my-homework");
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));

            page.getByLabel("E-mail").fill(oldAddress);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));

            tab.signIn(newAddress, password);
            // back where the signed-out attempt above wanted to go
            assertThat(page).hasURL(Pattern.compile(".*/my-homework(\\?continue)?$"));
            assertThat(page.getByLabel("E-mail me a reminder on days homework is due")).isVisible();
        });
    }
}
