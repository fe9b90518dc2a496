package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.couple.CoupleService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.SessionService;

/**
 * The disclosure-question queue in real browsers: Priya (the hurt partner, on a phone) writes and sends questions,
 * Dr Rivera (at a laptop) sorts them, suggests a rewording and releases one, Daniel (on a phone) sees only the
 * released one and answers it, and the disclosure session on the live session screen marks it answered.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:trustwork-disclosure-it;DB_CLOSE_DELAY=-1")
class DisclosureQueueIT extends BrowserTest {

    private static final String PRIYA = "priya@couples.example";
    private static final String DANIEL = "daniel@couples.example";
    private static final String FIRST = "When did you last have contact with them?";
    private static final String SECOND = "Was it better with them than with me?";

    @Autowired
    SystemTask systemTask;
    @Autowired
    CoupleService couples;
    @Autowired
    SessionService sessions;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    org.trustwork.safety.SafetyService safety;

    private static Locator button(Page page, Locator scope, String name) {
        return scope.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText(name));
    }

    /** A notice fading in or out is measured half transparent by axe; the page is scanned once they are gone. */
    private static void noticesGone(Page page) {
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(10_000));
    }

    private static Locator card(Page page, String text) {
        return page.locator(".tw-disclosure-question").filter(new Locator.FilterOptions().setHasText(text));
    }

    @Test
    void the_hurt_partner_asks_the_therapist_sorts_and_releases_the_involved_partner_answers() {
        long priyaAndDaniel = DemoClinic.coupleId(systemTask, couples, "Priya & Daniel");
        // Each partner has answered the safety screen (nothing positive): the checklist's first item is the
        // screen's to answer (SafetyReadiness), and a disclosure session waits for it.
        var answers = new org.trustwork.RunAs(users, contextHolder);
        for (var partner : answers.as(DemoClinic.RIVERA, () -> couples.couple(priyaAndDaniel)).partners()) {
            answers.as(partner.email(), () -> {
                safety.answerMine(java.util.Map.of("humiliated", false, "afraid", false, "forced_sexual", false,
                        "physically_hurt", false));
                return null;
            });
        }

        inTab("disclosure-designate", 1280, 900, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            page.navigate("/couples/" + priyaAndDaniel);
            page.locator("#disclosure-link").click();
            page.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Priya")).click();
            page.locator("#save-hurt-partner").click();
            assertThat(page.getByText("Questions from Priya Shah")).isVisible();
        });

        inTab("disclosure-hurt-partner", 375, 812, tab -> {
            Page page = tab.page();
            tab.signIn(PRIYA, DemoClinic.PASSWORD);
            page.navigate("/my-disclosure");
            page.locator("#save-draft").click();
            assertThat(page.getByText("Write your question first")).isVisible();
            for (String question : new String[] {FIRST, SECOND}) {
                page.locator("#new-question textarea").fill(question);
                page.locator("#save-draft").click();
                assertThat(card(page, question)).isVisible();
                button(page, card(page, question), "Send to therapist").click();
                assertThat(card(page, question).locator(".tw-question-status")).hasText("With your therapist");
            }
            page.locator("#new-question textarea").fill("A draft I am not sure about yet");
            page.locator("#save-draft").click();
            assertThat(card(page, "A draft I am not sure about yet")).isVisible();
            tab.screenshot("80-disclosure-hurt-partner-phone");
            noticesGone(tab.page());
            tab.assertAccessible("disclosure-hurt-partner");
        });

        inTab("disclosure-therapist", 1280, 900, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            page.navigate("/couples/" + priyaAndDaniel + "/disclosure");
            assertThat(page.getByText("A draft I am not sure about yet")).hasCount(0);
            button(page, card(page, FIRST), "Approve").click();
            assertThat(card(page, FIRST).locator(".tw-question-status")).hasText("Approved");
            button(page, card(page, FIRST), "Release").click();
            assertThat(card(page, FIRST).locator(".tw-question-status")).hasText("Released to Daniel Shah");
            card(page, SECOND).locator(".tw-rewording textarea")
                    .fill("What do you feel you found with them that was missing between us?");
            button(page, card(page, SECOND), "Save suggestion").click();
            assertThat(page.getByText("Suggestion saved for Priya Shah.")).isVisible();
            button(page, card(page, SECOND), "Discuss first").click();
            assertThat(card(page, SECOND).locator(".tw-question-status")).hasText("Discuss first, individually");
            for (String item : new String[] {"SAFETY_SCREEN", "CONTACT_ENDED", "NO_ACUTE_RISK", "SUPPORT_IN_PLACE"}) {
                page.locator(".tw-readiness-item[data-item=" + item + "]").click();
                assertThat(page.locator(".tw-readiness-row").filter(new Locator.FilterOptions()
                        .setHas(page.locator("[data-item=" + item + "]")))).containsText("ticked");
            }
            assertThat(page.locator("#readiness-verdict")).containsText("Every item is met");
            tab.screenshot("81-disclosure-therapist-queue");
            noticesGone(tab.page());
            tab.assertAccessible("disclosure-therapist-queue");
        });

        inTab("disclosure-hurt-partner-rewording", 375, 812, tab -> {
            Page page = tab.page();
            tab.signIn(PRIYA, DemoClinic.PASSWORD);
            page.navigate("/my-disclosure");
            assertThat(card(page, SECOND).locator(".tw-disclosure-suggestion")).containsText("missing between us");
            assertThat(card(page, FIRST).locator(".tw-question-status")).hasText("Shared with Daniel Shah");
            card(page, SECOND).scrollIntoViewIfNeeded();
            tab.screenshot("82-disclosure-hurt-partner-rewording");
        });

        inTab("disclosure-involved-partner", 375, 812, tab -> {
            Page page = tab.page();
            tab.signIn(DANIEL, DemoClinic.PASSWORD);
            page.navigate("/my-disclosure");
            assertThat(page.getByText(FIRST)).isVisible();
            assertThat(page.getByText(SECOND)).hasCount(0);
            assertThat(page.getByText("missing between us")).hasCount(0);
            assertThat(page.getByText("A draft I am not sure about yet")).hasCount(0);
            card(page, FIRST).locator(".tw-answer-box textarea").fill("The last message was in early May; I did not reply.");
            button(page, card(page, FIRST), "Save answer").click();
            assertThat(page.getByText("Saved. You can change it until it is taken up in session.")).isVisible();
            tab.screenshot("83-disclosure-involved-partner-phone");
            noticesGone(tab.page());
            tab.assertAccessible("disclosure-involved-partner");
        });

        long sessionId = new RunAs(users, contextHolder).as(DemoClinic.RIVERA, () -> sessions.plan(priyaAndDaniel,
                java.time.Instant.now().plus(Duration.ofHours(2)), 50).id());
        inTab("disclosure-session", 1280, 900, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            page.navigate("/sessions/" + sessionId);
            page.locator("#add-disclosure-session").click();
            assertThat(page.locator(".tw-agenda-grid")).containsText("Disclosure session");
            page.locator("#start-session").click();
            var panel = page.locator(".tw-disclosure-session");
            assertThat(panel).containsText(FIRST);
            assertThat(panel).containsText("The last message was in early May");
            assertThat(panel).not().containsText(SECOND);
            button(page, panel, "Answered").click();
            assertThat(panel.locator(".tw-disclosure-outcome")).hasText("Answered in session");
            tab.screenshot("84-disclosure-session-item");
            noticesGone(tab.page());
            tab.assertAccessible("disclosure-session");
        });
    }
}
