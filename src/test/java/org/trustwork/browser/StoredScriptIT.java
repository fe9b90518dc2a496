package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Clock;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.couple.CoupleService;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.ReflectionVisibility;
import org.trustwork.practice.PracticeService;
import org.trustwork.session.SessionService;

/**
 * Script stored in every kind of text a person can write — goals, agenda items, the shared summary,
 * homework titles and notes, reflections — is shown as text on every screen that displays it, and never runs.
 */
class StoredScriptIT extends BrowserTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    /** Each part tries another way into the page; if any runs, window.pwned is set. */
    static final String PAYLOAD = "<img src=x onerror=window.pwned=1><svg onload=window.pwned=2>";
    static final String LONG_PAYLOAD = PAYLOAD + "<script>window.pwned=3</script><a href=javascript:window.pwned=4>a</a>";

    @Autowired
    CoupleService couples;
    @Autowired
    SessionService sessions;
    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    Clock clock;

    @Test
    void script_written_into_any_text_is_shown_as_text_and_never_runs() {
        long coupleId = clinic.coupleId("Maya & Tom");
        long sessionId = runAs.as(DemoClinic.RIVERA, () -> {
            couples.updateGoals(coupleId, LONG_PAYLOAD);
            long id = sessions.plan(coupleId, clock.instant(), 50).id();
            sessions.addFreeItem(id, PAYLOAD, 10);
            sessions.start(id);
            sessions.end(id);
            sessions.saveSharedSummary(id, LONG_PAYLOAD);
            sessions.publishSummary(id);
            var form = homework.draftFrom(practices.bySlug("acknowledge-the-damage").orElseThrow().id());
            form.setTitle(PAYLOAD);
            form.setNoteToPartners(LONG_PAYLOAD);
            homework.assign(coupleId, form);
            return id;
        });
        runAs.as(DemoClinic.MAYA, () -> {
            long occurrence = homework.myTasks().stream().filter(t -> t.title().equals(PAYLOAD)).findFirst()
                    .orElseThrow().occurrenceId();
            homework.reflect(occurrence, LONG_PAYLOAD, 2, 4, ReflectionVisibility.THERAPIST_AND_PARTNER);
            return null;
        });

        inTab("stored-script-therapist", 1280, 900, therapist -> {
            therapist.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            assertThat(therapist.page()).hasURL(Pattern.compile(".*/caseload$"));
            showsAsTextOnly(therapist.page(), "/couples/" + coupleId);
            showsAsTextOnly(therapist.page(), "/sessions/" + sessionId);
            therapist.screenshot("42-stored-script-shown-as-text");
        });
        inTab("stored-script-partner", 375, 812, partner -> {
            partner.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            assertThat(partner.page()).hasURL(Pattern.compile(".*/my-homework$"));
            showsAsTextOnly(partner.page(), "/my-homework");
            showsAsTextOnly(partner.page(), "/my-sessions");
        });
    }

    private static void showsAsTextOnly(Page page, String address) {
        page.navigate(address);
        assertThat(page.locator("body")).containsText("<img src=x onerror=window.pwned=1>");
        assertThat(page.evaluate("() => typeof window.pwned")).as("script ran on %s", address).isEqualTo("undefined");
        assertThat(page.locator("img[src=x]")).hasCount(0);
    }
}
