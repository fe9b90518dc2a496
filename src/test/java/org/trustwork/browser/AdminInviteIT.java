package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustwork.DemoClinic;

/**
 * An invitation end to end in a real browser: the admin invites a therapist and, with no mail server set up, is
 * shown the link once; the therapist opens it in a browser of their own (phone-sized: partners get the same page),
 * is told why a common password is refused, chooses one, signs in with it and lands on the two-factor set-up that
 * their role requires. The same link then no longer works.
 */
class AdminInviteIT extends BrowserTest {

    private static final String NAME = "Dr Nora Lind";
    private static final String EMAIL = "nora.lind@clinic.example";
    private static final String CHOSEN = "maple leaves under the bridge";

    @Test
    void an_admin_invites_a_therapist_who_sets_a_password_through_the_link_and_signs_in() {
        var link = new AtomicReference<String>();
        inTab("invite-admin", 1280, 800, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.ADMIN, DemoClinic.PASSWORD);
            assertThat(page).hasURL(Pattern.compile(".*/admin/accounts$"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite staff")).click();
            assertThat(page.getByLabel("Full name")).isVisible();
            assertThat(page.locator("vaadin-password-field")).hasCount(0);
            page.getByLabel("Full name").fill(NAME);
            page.getByLabel("E-mail (their login)").fill(EMAIL);
            tab.screenshot("invite-01-admin-new-staff");
            tab.assertAccessible("invite-new-staff-dialog");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and invite")).click();

            var shown = page.getByLabel("Link for " + NAME, new Page.GetByLabelOptions().setExact(true));
            assertThat(shown).isVisible();
            assertThat(page.getByText("No mail server is set up")).isVisible();
            link.set(shown.inputValue());
            tab.screenshot("invite-02-admin-link-shown-once");
            tab.assertAccessible("invite-link-dialog");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Done")).click();
            assertThat(page.getByText(EMAIL, new Page.GetByTextOptions().setExact(true))).isVisible();
        });

        assertThat(link.get()).matches(".*/invite/[A-Za-z0-9_-]{43}$");
        // No public address is configured here: the link carries the one the admin's browser used, random port and all.
        assertThat(link.get()).startsWith("http://localhost:" + port + "/invite/");
        String path = link.get().substring(link.get().indexOf("/invite/"));

        inTab("invite-therapist", 375, 800, tab -> {
            Page page = tab.page();
            page.navigate(path);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, " + NAME)))
                    .isVisible();
            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("password1234");
            page.getByLabel("New password again").fill("password1234");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my password")).click();
            assertThat(page.getByText("one of the most common ones")).isVisible();
            tab.screenshot("invite-03-common-password-refused-phone");
            tab.assertAccessible("invite-password-refused");

            page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(CHOSEN);
            page.getByLabel("New password again").fill(CHOSEN);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my password")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your password is set")))
                    .isVisible();
            tab.screenshot("invite-04-password-set-phone");
            tab.assertAccessible("invite-password-set");

            tab.signIn(EMAIL, CHOSEN);
            // Therapists must use two-factor sign-in: a first sign-in leads straight to setting it up.
            assertThat(page).hasURL(Pattern.compile(".*/account$"));
            assertThat(page.getByText("Your clinic asks everyone in your role to use two-factor sign-in"))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Set up two-factor sign-in"))).isVisible();
            tab.screenshot("invite-05-therapist-must-enrol-phone");
            tab.assertAccessible("invite-enrolment-required");
        });

        inTab("invite-used-again", 375, 800, tab -> {
            Page page = tab.page();
            page.navigate(path);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link no longer works")))
                    .isVisible();
            assertThat(page.locator("vaadin-password-field")).hasCount(0);
            tab.screenshot("invite-06-used-link-phone");
            tab.assertAccessible("invite-link-used");
        });
    }
}
