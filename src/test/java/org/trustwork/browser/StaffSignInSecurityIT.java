package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.couple.CoupleService;
import org.trustwork.twofactor.TestTotp;

/**
 * The done-criterion in a real browser: a therapist signs in with password and authenticator code,
 * is warned and then signed out when idle (while the heartbeat keeps running), and a run of wrong passwords
 * pauses sign-in. Idle limits are shortened to seconds for the test; no console shows a CSP violation.
 */
@TestPropertySource(properties = {
        "trustwork.security.idle.staff=20s",
        "trustwork.security.idle.warning=10s",
        "trustwork.security.idle.check-interval=1s",
        "vaadin.heartbeatInterval=3"})
class StaffSignInSecurityIT extends BrowserTest {
    @Autowired
    TestClinic clinic;

    private static final LocatorAssertions.IsVisibleOptions WITHIN_40_S =
            new LocatorAssertions.IsVisibleOptions().setTimeout(40_000);

    @Autowired
    CoupleService couples;

    private static void noCspViolations(Browser.Tab tab) {
        assertThat(tab.console()).noneMatch(line -> line.contains("Content Security Policy")
                || line.contains("Refused to"));
    }

    @Test
    void a_therapist_signs_in_with_a_code_is_signed_out_when_idle_and_wrong_passwords_pause_sign_in() {
        long coupleId = clinic.coupleId("Chris & Jamie");
        inTab("staff-security", 1280, 800, tab -> {
            Page page = tab.page();
            page.navigate("/login");
            page.getByLabel("E-mail").fill(DemoClinic.OKAFOR);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoClinic.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login/code$"));
            assertThat(page.getByText("One more step")).isVisible();
            tab.screenshot("sec-01-code-step");
            tab.assertAccessible("code-step");

            tab.enterCode("000000".equals(TestTotp.code(TestTotp.DEMO_SECRET, Instant.now())) ? "111111" : "000000");
            assertThat(page.getByText("That code didn't work")).isVisible();
            tab.screenshot("sec-02-wrong-code");

            tab.enterCode(TestTotp.unusedCode(DemoClinic.OKAFOR, TestTotp.DEMO_SECRET));
            assertThat(page).hasURL(Pattern.compile(".*/caseload$"));
            var session = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                    .orElseThrow();
            assertThat(session.httpOnly).isTrue();
            assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
            tab.screenshot("sec-03-caseload");

            page.navigate("/account");
            assertThat(page.locator("#two-factor-state")).containsText("On.");
            tab.screenshot("sec-04-my-account");
            tab.assertAccessible("my-account");

            page.navigate("/couples/" + coupleId);
            page.locator("#start-session-now").click();
            assertThat(page).hasURL(Pattern.compile(".*/sessions/\\d+$"));
            page.locator("#session-notes textarea").click();
            page.locator("#session-notes textarea").pressSequentially("Jamie asked for a pause before money talk.");
            assertThat(page.locator(".tw-note-status").first()).containsText("Saved");
            noCspViolations(tab);

            // Now nobody touches the tab; its heartbeat (every 3 s here) keeps running.
            assertThat(page.getByText("Still there?")).isVisible(WITHIN_40_S);
            tab.screenshot("sec-05-idle-warning");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stay signed in")).click();
            assertThat(page.getByText("Still there?")).isHidden();
            assertThat(page.getByText("Still there?")).isVisible(WITHIN_40_S);
            assertThat(page.getByText("wasn't used for a while")).isVisible(WITHIN_40_S);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?signed-out$"));
            tab.screenshot("sec-06-signed-out-when-idle");
            page.navigate("/caseload");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));

            for (int i = 0; i < 5; i++) {
                tab.signIn(DemoClinic.OKAFOR, "not the password " + i);
                assertThat(page.getByText("Check your e-mail and password and try again.")).isVisible();
            }
            page.navigate("/login");
            page.getByLabel("E-mail").fill(DemoClinic.OKAFOR);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoClinic.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
            assertThat(page.getByText("signing in pauses for a few minutes")).isVisible();
            tab.screenshot("sec-07-paused-after-wrong-passwords");
            noCspViolations(tab);
        });
    }
}
