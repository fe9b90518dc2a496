package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.couple.CoupleService;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.NewHomework;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;

/** A partner on a phone does the homework and reflects; the therapist's open board shows it within a second. */
class HomeworkLiveIT extends BrowserTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    org.trustwork.audit.AuditLogTestAccess audit;

    private long boardViews(long therapistAccountId) {
        return audit.latest(200).stream()
                .filter(e -> e.getKind() == org.trustwork.audit.AuditKind.VIEW
                        && Long.valueOf(therapistAccountId).equals(e.getActorAccountId())
                        && "homework board with reflections".equals(e.getDetail()))
                .count();
    }

    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    CoupleService couples;

    @Test
    void the_therapists_board_updates_live_when_a_partner_on_a_phone_completes_homework() {
        long coupleId = clinic.coupleId("Maya & Tom");
        runAs.as(DemoClinic.RIVERA, () -> {
            NewHomework form = homework.draftFrom(practices.search(PracticeFilter.ALL).get(12).id());
            form.setTitle("Ask how I am feeling");
            form.setCadence(org.trustwork.practice.Cadence.ONCE);
            return homework.assign(coupleId, form);
        });

        Browser.Tab therapist = openTab(1280, 800);
        Browser.Tab partner = openTab(375, 812);
        try {
            therapist.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            assertThat(therapist.page()).hasURL(java.util.regex.Pattern.compile(".*/caseload$"));
            therapist.page().navigate("/couples/" + coupleId);
            Locator board = therapist.page().locator("#homework-board");
            assertThat(board).containsText("Ask how I am feeling");
            assertThat(board).containsText("0 of 0 done");
            therapist.screenshot("13-therapist-couple-page");
            therapist.assertAccessible("couple-page-homework-board");

            partner.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            Page phone = partner.page();
            assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/my-homework$"));
            Locator card = phone.locator(".tw-task").filter(new Locator.FilterOptions().setHasText("Ask how I am feeling"));
            assertThat(card).isVisible();
            partner.screenshot("14-partner-homework-phone");
            partner.assertAccessible("partner-homework-with-task-phone");
            long rivera = runAs.as(DemoClinic.RIVERA,
                    () -> couples.couple(coupleId)).therapistAccountId();
            long boardViewsBefore = boardViews(rivera);
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Mark done")).click();

            assertThat(board).containsText("1 of 1 done", new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
            // The live redraw read the board again on the therapist's behalf: that read is in the audit log too.
            org.assertj.core.api.Assertions.assertThat(boardViews(rivera)).isGreaterThan(boardViewsBefore);

            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Write a reflection")).click();
            phone.getByLabel("How did it go? (optional)").fill("Maya asked twice. It felt awkward, then good.");
            phone.getByText("3", new Page.GetByTextOptions().setExact(true)).first().click();
            phone.getByText("4", new Page.GetByTextOptions().setExact(true)).last().click();
            partner.screenshot("15-partner-reflection-phone");
            phone.locator("#save-reflection").click();
            assertThat(card).containsText("Your reflection");

            assertThat(board).containsText("It felt awkward, then good.",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(1000));
            therapist.screenshot("16-therapist-board-live");
        } catch (RuntimeException | AssertionError failure) {
            therapist.saveEvidence("FAILED-homework-therapist");
            partner.saveEvidence("FAILED-homework-partner");
            throw failure;
        } finally {
            therapist.close();
            partner.close();
        }
    }
}
