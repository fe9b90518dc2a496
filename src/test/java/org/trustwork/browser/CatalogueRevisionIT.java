package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.couple.CoupleService;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.NewHomework;
import org.trustwork.practice.PracticeService;
import org.trustwork.progress.CheckInService;
import org.trustwork.security.SystemTask;

/**
 * Issue 21's catalogue revision as people see it: the library's hurt-partner filter, the addressee of each prompt in
 * the live session (1280 px), the hurt partner's own part on a partner's homework and the CSI-16 word pairs (375 px).
 */
class CatalogueRevisionIT extends BrowserTest {

    @Autowired
    CoupleService couples;
    @Autowired
    SystemTask systemTask;
    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    CheckInService checkIns;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    @Test
    void the_therapist_filters_for_the_hurt_partner_and_sees_whom_each_prompt_is_for_in_the_session() {
        long coupleId = DemoClinic.coupleId(systemTask, couples, "Maya & Tom");
        inTab("catalogue-therapist", 1280, 900, tab -> {
            Page page = tab.page();
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            page.waitForURL(Pattern.compile(".*/caseload$"));

            page.navigate("/practices");
            page.locator("vaadin-select", new Page.LocatorOptions().setHasText("Asks of")).click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Hurt partner")).click();
            assertThat(page.locator(".tw-result-count")).hasText("4 practices with a part for the hurt partner");
            assertThat(page.locator(".tw-practice-card")).hasCount(4);
            assertThat(page.locator(".tw-chip-hurt-part")).hasCount(4);
            tab.screenshot("60-library-hurt-partner-filter");
            tab.assertAccessible("library-hurt-partner-filter");

            page.navigate("/couples/" + coupleId);
            page.locator("#start-session-now").click();
            assertThat(page).hasURL(Pattern.compile(".*/sessions/\\d+$"));
            Locator practice = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Practice"));
            practice.fill("Remove the people");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("Remove the people"))
                    .first().click();
            page.locator("#add-practice").click();
            page.locator("#next-item").click();
            Locator current = page.locator(".tw-current-item");
            assertThat(current).containsText("Remove the people");
            assertThat(current.locator(".tw-prompt .tw-addressee")).hasCount(4);
            assertThat(current.locator(".tw-prompt").last()).containsText("Hurt partner");
            assertThat(current.locator(".tw-prompt").nth(1)).containsText("Partner who broke trust");
            assertThat(current.locator(".tw-hurt-part")).containsText("The hurt partner's own part");
            tab.screenshot("61-session-prompt-addressees");
            tab.assertAccessible("session-prompt-addressees");
            current.locator(".tw-hurt-part").scrollIntoViewIfNeeded();
            tab.screenshot("61b-session-hurt-partner-part");
        });
    }

    @Test
    void a_partner_on_a_phone_reads_the_hurt_partners_part_and_answers_the_csi16_word_pairs_without_numbers() {
        long coupleId = DemoClinic.coupleId(systemTask, couples, "Maya & Tom");
        long request = new RunAs(users, contextHolder).as(DemoClinic.RIVERA, () -> {
            NewHomework plan = homework.draftFrom(practices.bySlug("remove-triggers").orElseThrow().id());
            plan.setEndDate(plan.getStartDate().plusDays(6));
            homework.assign(coupleId, plan);
            return checkIns.request(coupleId, "csi-16");
        });

        inTab("catalogue-partner", 375, 812, tab -> {
            Page phone = tab.page();
            tab.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
            phone.waitForURL(Pattern.compile(".*/my-homework$"));
            Locator task = phone.locator(".tw-task", new Page.LocatorOptions().setHasText("A no-contact and trigger plan"))
                    .first();
            assertThat(task.locator(".tw-instructions")).containsText("The hurt partner's own part: Make a short plan");
            task.scrollIntoViewIfNeeded();
            tab.screenshot("62-partner-homework-hurt-partner-part-phone");
            tab.assertAccessible("partner-homework-hurt-partner-part-phone");

            phone.navigate("/check-in");
            phone.locator(".tw-questionnaire-card vaadin-button").first().click();
            Locator goingWell = phone.locator("#item-going_well vaadin-radio-button");
            assertThat(goingWell.first()).containsText("All the time");
            assertThat(goingWell.last()).containsText("Never");
            Locator pair = phone.locator("#item-sturdy_fragile");
            pair.scrollIntoViewIfNeeded();
            assertThat(pair.locator("vaadin-radio-button")).hasCount(6);
            assertThat(pair.locator("vaadin-radio-button label").first()).hasText("Sturdy");
            assertThat(pair.locator(".tw-scale-ends")).hasText(Pattern.compile("Sturdy\\s*Fragile"));
            tab.screenshot("63-csi16-word-pairs-phone");
            tab.assertAccessible("csi16-word-pairs-phone");
        });
        // the browser tests share one clinic: the next one to open Maya & Tom's homework finds no request of ours
        new RunAs(users, contextHolder).as(DemoClinic.RIVERA, () -> {
            checkIns.withdraw(request);
            return null;
        });
    }
}
