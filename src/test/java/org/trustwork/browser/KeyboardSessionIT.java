package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustwork.TestClinic;
import org.trustwork.twofactor.TestTotp;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.DemoClinic;
import org.trustwork.couple.CoupleService;

/**
 * A therapist who cannot or will not use a mouse: signs in, plans and runs a whole session, writes notes,
 * reorders the agenda, pauses, moves on and ends the session with the keyboard alone — Tab, Shift+Tab, Enter,
 * Space and the session shortcuts. No click, no focus set by script.
 */
class KeyboardSessionIT extends BrowserTest {
    @Autowired
    TestClinic clinic;

    /** Tab presses allowed to reach a control; a page where a control is further away than this fails. */
    private static final int MAX_TABS = 80;

    @Autowired
    CoupleService couples;

    @Test
    void a_whole_session_can_be_run_with_the_keyboard_alone() {
        long coupleId = clinic.coupleId("Priya & Daniel");
        inTab("keyboard-session", 1280, 900, tab -> {
            Page page = tab.page();
            page.navigate("/login");
            assertThat(page.getByLabel("E-mail")).isVisible();
            tabTo(page, "input[type=email], input[name=username]");
            page.keyboard().type(DemoClinic.RIVERA);
            page.keyboard().press("Tab");
            page.keyboard().type(DemoClinic.PASSWORD);
            page.keyboard().press("Enter");
            // Staff sign in with a second step: the code from their authenticator app, by keyboard too.
            assertThat(page).hasURL(Pattern.compile(".*/login/code.*"));
            tabTo(page, "#code");
            page.keyboard().type(TestTotp.unusedCode(DemoClinic.RIVERA, TestTotp.DEMO_SECRET));
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/caseload$"));

            page.navigate("/couples/" + coupleId);
            assertThat(page.locator("#start-session-now")).isVisible();
            tabTo(page, "#start-session-now");
            page.keyboard().press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/sessions/\\d+$"));
            assertThat(page.locator("#add-free-item")).isVisible();

            for (String item : new String[] {"Check-in", "Homework review"}) {
                tabTo(page, "input[placeholder^='e.g. Check-in']");
                page.keyboard().type(item);
                tabTo(page, "#add-free-item");
                page.keyboard().press("Enter");
                assertThat(page.locator(".tw-agenda-grid")).containsText(item);
            }
            // The agenda is an ARIA grid: one Tab stop, arrow keys between cells, Enter to reach a cell's buttons.
            tabTo(page, "vaadin-grid.tw-agenda-grid");
            for (String key : new String[] {"Control+Home", "ArrowDown", "End", "Enter"}) {
                page.keyboard().press(key);
            }
            tabTo(page, "vaadin-button[aria-label='Move Homework review up']");
            page.keyboard().press("Enter");
            assertThat(page.locator(".tw-agenda-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Homework review")).first())
                    .isVisible();

            page.keyboard().press("Alt+n");
            assertThat(page.locator(".tw-current-item")).containsText("Homework review");

            tabTo(page, "#session-notes textarea");
            page.keyboard().type("Both came on time. Daniel started.");
            assertThat(page.locator(".tw-note-status").first()).containsText("Saved");

            page.keyboard().press("Alt+p");
            assertThat(page.locator("#pause-session")).containsText("Resume");
            page.keyboard().press("Alt+p");
            assertThat(page.locator("#pause-session")).containsText("Pause");

            page.keyboard().press("Alt+n");
            assertThat(page.locator(".tw-current-item")).containsText("Check-in");
            tab.screenshot("43-keyboard-session-running");

            tabTo(page, "#end-session");
            page.keyboard().press("Enter");
            // the confirmation opens with focus inside it; Tab moves between its buttons
            tabTo(page, "vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], vaadin-button[slot=confirm-button]");
            page.keyboard().press("Enter");
            assertThat(page.locator(".tw-summary-panel")).isVisible();

            tabTo(page, ".tw-summary-panel textarea");
            page.keyboard().type("We agreed on a weekly check-in.");
            tabTo(page, "#save-summary");
            page.keyboard().press("Space");
            assertThat(page.locator(".tw-summary-panel textarea")).hasValue("We agreed on a weekly check-in.");
            tab.screenshot("44-keyboard-session-ended");
        });
    }

    /** Presses Tab until the focused element matches the selector (piercing shadow roots), as a person would. */
    private static void tabTo(Page page, String selector) {
        for (int presses = 0; presses < MAX_TABS; presses++) {
            if (focusedMatches(page, selector)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Could not reach " + selector + " with " + MAX_TABS + " presses of Tab; focus is on "
                + page.evaluate("""
                        () => {
                          const chain = [];
                          for (let a = document.activeElement; a; a = a.shadowRoot ? a.shadowRoot.activeElement : null) {
                            chain.push(a.tagName + '#' + a.id + '[' + (a.getAttribute('aria-label') || '') + ']');
                          }
                          return chain.join(' > ');
                        }"""));
    }

    private static boolean focusedMatches(Page page, String selector) {
        return (Boolean) page.evaluate("""
                selector => {
                  let active = document.activeElement;
                  const chain = [];
                  while (active) {
                    chain.push(active);
                    active = active.shadowRoot ? active.shadowRoot.activeElement : null;
                  }
                  return chain.some(el => {
                    for (let node = el; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
                      if (node.matches && node.matches(selector)) return true;
                      if (node === document.documentElement) break;
                    }
                    return false;
                  });
                }""", selector);
    }
}
