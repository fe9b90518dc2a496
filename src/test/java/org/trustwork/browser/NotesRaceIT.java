package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionViews.RevisionInfo;

/**
 * The same therapist has the same session open in two tabs and types into both notes at once, round after
 * round. Whatever the order in which the saves reach the server, one text is saved, the other tab says so
 * and shows the saved text, and the other text is kept in the history: nothing is silently overwritten.
 */
class NotesRaceIT extends BrowserTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    private static final int ROUNDS = 12;

    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    Clock clock;

    @Test
    void two_tabs_typing_into_the_same_notes_never_silently_overwrite_each_other() {
        long coupleId = clinic.coupleId("Priya & Daniel");
        long sessionId = runAs.as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant(), 50).id());

        inTab("race-left", 1280, 900, left -> inTab("race-right", 1280, 900, right -> {
            for (var tab : List.of(left, right)) {
                tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
                assertThat(tab.page()).hasURL(Pattern.compile(".*/caseload$"));
                tab.page().navigate("/sessions/" + sessionId);
                assertThat(notesOf(tab.page())).isVisible();
            }
            for (int round = 1; round <= ROUNDS; round++) {
                // alternate who types first, so either tab may reach the server first
                var first = round % 2 == 0 ? left : right;
                var second = first == left ? right : left;
                String firstText = "Round " + round + " from the " + (first == left ? "left" : "right") + " tab";
                String secondText = "Round " + round + " from the " + (second == left ? "left" : "right") + " tab";
                notesOf(first.page()).fill(firstText);
                notesOf(second.page()).fill(secondText);
                settled(first.page());
                settled(second.page());

                String saved = runAs.as(DemoClinic.RIVERA, () -> notes.open(sessionId, null).body());
                assertThat(saved).as("round %d: the saved notes are one tab's text", round).isIn(firstText, secondText);
                var loser = saved.equals(firstText) ? second : first;
                String lostText = saved.equals(firstText) ? secondText : firstText;
                Locator conflict = loser.page().locator(".tw-conflict");
                assertThat(conflict).isVisible();
                assertThat(conflict).containsText(saved);
                assertThat(notesOf(loser.page())).hasValue(lostText);
                List<RevisionInfo> history = runAs.as(DemoClinic.RIVERA, () -> notes.history(sessionId, null));
                assertThat(history).extracting(RevisionInfo::body).as("round %d: both texts kept", round)
                        .contains(saved, lostText);
                if (round == 1) {
                    loser.screenshot("41-notes-race-conflict");
                }
                // the person who lost the race takes the other text, and both tabs start the next round level
                loser.page().getByText("Use the other text").click();
                assertThat(notesOf(loser.page())).hasValue(saved);
                assertThat(conflict).isHidden();
            }
        }));
    }

    private static Locator notesOf(Page page) {
        return page.locator("#session-notes textarea");
    }

    /** Waits until the tab has nothing on its way to the server: saved, or told of a conflict. */
    private static void settled(Page page) {
        assertThat(page.locator(".tw-notes-editor").first()).not().hasAttribute("data-pending", "");
        assertThat(page.locator(".tw-note-status").first())
                .containsText(Pattern.compile("Saved|Not saved over newer notes"));
    }
}
