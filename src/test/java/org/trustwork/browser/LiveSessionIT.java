package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.base.ui.NoPolymerTemplates;
import org.trustwork.couple.CoupleService;

/** The session screen in a real browser: notes survive a reload to the last character, the timer ticks on its own. */
class LiveSessionIT extends BrowserTest {
    @Autowired
    TestClinic clinic;

    /** Typed character by character: punctuation, accents, a new line, an emoji and quotes. */
    static final String NOTES = "Tom: \"I lied about the trips.\" Maya — hurt, angry; said she can't sleep.\n"
            + "Agreed: no contact with J., phone open on request. Café talk Friday ✓ 🙂 <b>not bold</b> 100%";

    @Autowired
    CoupleService couples;
    @Autowired
    ServletContext servletContext;

    /**
     * Vaadin asks for this handler on every call from the browser that carries arguments (the time box typed below is
     * one); when none is registered its lookup searches every jar for it, every time.
     */
    @Test
    void calls_from_the_browser_find_the_template_handler_without_a_class_path_search() {
        Lookup lookup = new VaadinServletContext(servletContext).getAttribute(Lookup.class);
        assertThat(lookup.lookup(DeprecatedPolymerPublishedEventHandler.class)).isInstanceOf(NoPolymerTemplates.class);
    }

    @Test
    void notes_typed_in_the_live_session_are_all_there_after_a_reload_and_the_timer_keeps_its_time() {
        long coupleId = clinic.coupleId("Maya & Tom");
        inTab("live-session", 1280, 800, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/caseload$"));
            page.navigate("/couples/" + coupleId);
            page.locator("#start-session-now").click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/sessions/\\d+$"));

            page.getByLabel("Item", new Page.GetByLabelOptions().setExact(true)).fill("Check-in");
            page.locator("#add-free-item").click();
            assertThat(page.locator(".tw-agenda-grid")).containsText("Check-in");
            page.getByLabel("Item", new Page.GetByLabelOptions().setExact(true)).fill("Homework review");
            page.locator("#add-free-item").click();
            assertThat(page.locator(".tw-agenda-total")).containsText("20 of 50");
            page.locator("#next-item").click();
            assertThat(page.locator(".tw-current-item")).containsText("Check-in");

            Locator notes = page.locator("#session-notes textarea");
            notes.click();
            notes.pressSequentially(NOTES);
            assertThat(page.locator(".tw-notes-editor .tw-note-status").first()).isVisible();
            assertThat(page.locator(".tw-note-status").first()).containsText("Saved");
            Locator elapsed = page.locator("#session-timer [data-part=elapsed]");
            String before = elapsed.textContent();
            assertThat(elapsed).not().hasText(before);
            tab.screenshot("11-live-session-laptop");
            tab.assertAccessible("live-session");

            // The waiting item's time box, typed into its row: out of range is refused in the field, in range saved.
            Locator timeBox = page.getByLabel("Minutes for Homework review");
            timeBox.fill("999");
            timeBox.press("Enter");
            assertThat(page.locator("vaadin-integer-field.tw-agenda-minutes")).hasAttribute("invalid", "");
            assertThat(page.locator(".tw-agenda-total")).containsText("20 of 50");
            timeBox.fill("15");
            timeBox.press("Enter");
            assertThat(page.locator(".tw-agenda-total")).containsText("25 of 50");

            page.reload();
            assertThat(page.locator("#session-notes textarea")).hasValue(NOTES);
            assertThat(page.locator(".tw-current-item")).containsText("Check-in");
            assertThat(elapsed).not().hasText("0:00");
            assertThat(page.getByLabel("Minutes for Homework review")).hasValue("15");
            // While items wait, the add forms are folded away; opening one builds its form.
            Locator freeItem = page.locator("vaadin-details").filter(new Locator.FilterOptions().setHasText(
                    "Add a free item"));
            assertThat(page.getByLabel("Item", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
            freeItem.locator("vaadin-details-summary").click();
            assertThat(page.getByLabel("Item", new Page.GetByLabelOptions().setExact(true))).isVisible();

            page.setViewportSize(820, 1180);
            tab.screenshot("12-live-session-tablet");
        });
        assertThat(NOTES).contains("🙂");
    }
}
