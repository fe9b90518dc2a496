package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.couple.CoupleService;

/**
 * The week of a couple in therapy, end to end in Chromium: the therapist plans a session from the catalogue,
 * runs it with the timer and private notes, assigns homework from it, ends it and publishes the summary; a
 * partner on a phone reads the summary, does the homework and reflects; the therapist's board shows it live.
 * Every step leaves a screenshot under target/screenshots (prefix 5x-).
 */
class ClinicJourneyIT extends BrowserTest {
    @Autowired
    TestClinic clinic;

    private static final String THERAPIST = DemoClinic.OKAFOR;
    private static final String PARTNER = DemoClinic.CHRIS;
    private static final String SUMMARY = "We named what happened and agreed on a daily ten-minute check-in.";

    @Autowired
    CoupleService couples;

    @Test
    void a_session_is_planned_run_and_summarised_and_the_partner_does_the_homework_on_a_phone() {
        long coupleId = clinic.coupleId("Chris & Jamie");
        Browser.Tab therapist = openTab(1280, 900);
        Browser.Tab partner = openTab(375, 812);
        try {
            Page desk = therapist.page();
            therapist.signIn(THERAPIST, DemoClinic.PASSWORD);
            assertThat(desk).hasURL(Pattern.compile(".*/caseload$"));
            therapist.screenshot("50-caseload");
            therapist.assertAccessible("journey-caseload");

            desk.navigate("/couples/" + coupleId);
            desk.locator("#plan-session").click();
            desk.locator("#confirm-plan").click();
            assertThat(desk).hasURL(Pattern.compile(".*/sessions/\\d+$"));

            Locator practice = desk.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Practice"));
            practice.fill("Acknowledge");
            desk.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Acknowledge the damage"))
                    .first().click();
            desk.locator("#add-practice").click();
            desk.getByLabel("Item", new Page.GetByLabelOptions().setExact(true)).fill("Check-in");
            desk.locator("#add-free-item").click();
            Locator agenda = desk.locator(".tw-agenda-grid");
            assertThat(agenda).containsText("Acknowledge the damage");
            assertThat(agenda).containsText("Check-in");
            therapist.screenshot("51-session-planned");

            // starting the session makes the first agenda item current
            desk.locator("#start-session").click();
            assertThat(desk.locator("#next-item")).isVisible();
            assertThat(desk.locator(".tw-current-item")).containsText("Acknowledge the damage");
            Locator notes = desk.locator("#session-notes textarea");
            notes.fill("Chris named the affair without minimising it. Jamie: relieved, still angry.");
            assertThat(desk.locator(".tw-note-status").first()).containsText("Saved");
            therapist.screenshot("52-session-running");
            therapist.assertAccessible("journey-session-running");

            desk.locator("#assign-from-session").click();
            desk.locator("#homework-title").locator("input").fill("Ten-minute check-in, every evening");
            desk.locator("#assign-homework").click();
            assertThat(desk.locator("vaadin-dialog-overlay")).hasCount(0);

            desk.locator("#end-session").click();
            confirm(desk, "End session");
            Locator summaryField = desk.getByLabel("Summary for the couple");
            summaryField.fill(SUMMARY);
            desk.locator("#publish-summary").click();
            confirm(desk, "Publish");
            assertThat(desk.locator(".tw-summary-panel")).containsText("Published");
            therapist.screenshot("53-session-ended-summary-published");
            therapist.assertAccessible("journey-session-ended");

            desk.navigate("/couples/" + coupleId);
            Locator board = desk.locator("#homework-board");
            assertThat(board).containsText("Ten-minute check-in, every evening");

            Page phone = partner.page();
            partner.signIn(PARTNER, DemoClinic.PASSWORD);
            assertThat(phone).hasURL(Pattern.compile(".*/my-homework$"));
            Locator task = phone.locator(".tw-task")
                    .filter(new Locator.FilterOptions().setHasText("Ten-minute check-in, every evening")).first();
            assertThat(task).isVisible();
            partner.screenshot("54-partner-homework-phone");

            phone.navigate("/my-sessions");
            assertThat(phone.locator("body")).containsText(SUMMARY);
            assertThat(phone.locator("body")).not().containsText("Jamie: relieved, still angry");
            partner.screenshot("55-partner-summary-phone");
            partner.assertAccessible("journey-partner-summaries");

            phone.navigate("/my-homework");
            task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done")).click();
            task.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Write a reflection")).click();
            phone.getByLabel("How did it go? (optional)").fill("Hard to start, easier after five minutes.");
            phone.getByText("4", new Page.GetByTextOptions().setExact(true)).first().click();
            phone.getByText("5", new Page.GetByTextOptions().setExact(true)).last().click();
            phone.locator("#save-reflection").click();
            assertThat(task).containsText("Your reflection");
            assertThat(phone.locator("#save-reflection")).isHidden();
            partner.screenshot("56-partner-reflected-phone");

            assertThat(board).containsText("easier after five minutes",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(2000));
            therapist.screenshot("57-therapist-board-live");
        } catch (RuntimeException | AssertionError failure) {
            therapist.saveEvidence("FAILED-journey-therapist");
            partner.saveEvidence("FAILED-journey-partner");
            throw failure;
        } finally {
            therapist.close();
            partner.close();
        }
    }

    private static void confirm(Page page, String label) {
        Locator button = page.locator("vaadin-button[slot='confirm-button']");
        assertThat(button).hasText(label);
        button.click();
    }
}
