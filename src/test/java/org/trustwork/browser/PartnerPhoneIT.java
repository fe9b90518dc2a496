package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.NewHomework;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;
import org.trustwork.progress.CheckInService;
import org.trustwork.session.SessionService;

/**
 * The partner's phone at 11 pm: My homework leads with today, folds a month of misses into one line, shows the
 * questionnaire asked for and the next session (with a calendar file); Check-in takes one tap or arrow key per answer.
 */
class PartnerPhoneIT extends BrowserTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    CoupleService couples;
    @Autowired
    CheckInService checkIns;
    @Autowired
    SessionService sessions;
    @Autowired
    ClinicCalendar calendar;

    @Test
    void the_partners_home_screen_on_a_phone_leads_with_today_and_is_accessible() {
        long coupleId = clinic.coupleId("Maya & Tom");
        LocalDate today = calendar.today();
        var rivera = runAs;
        rivera.as(DemoClinic.RIVERA, () -> {
            NewHomework daily = homework.draftFrom(practices.search(PracticeFilter.ALL).get(4).id());
            daily.setTitle("Two minutes of appreciation");
            daily.setCadence(Cadence.DAILY);
            daily.setStartDate(today.minusDays(40));
            daily.setEndDate(today.plusDays(10));
            homework.assign(coupleId, daily);
            checkIns.request(coupleId, "csi-4");
            return sessions.plan(coupleId, calendar.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS), 50);
        });

        inTab("partner-phone", 375, 812, tab -> {
            tab.signIn(DemoClinic.TOM, DemoClinic.PASSWORD);
            Page phone = tab.page();
            assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/my-homework$"));
            Locator headings = phone.locator(".tw-section-title");
            assertThat(headings.first()).hasText("Today");
            assertThat(phone.getByText("Overdue")).hasCount(0);
            assertThat(phone.locator(".tw-task h3", new Page.LocatorOptions().setHasText("Two minutes of appreciation")))
                    .hasCount(2);
            assertThat(phone.locator(".tw-missed-summary")).containsText("missed 14 times in the last 2 weeks");
            assertThat(phone.locator(".tw-questionnaire-request", new Page.LocatorOptions().setHasText("CSI-4")))
                    .isVisible();
            assertThat(phone.locator(".tw-next-session")).containsText("Next session");
            tab.screenshot("30-partner-home-phone");
            tab.assertAccessible("partner-home-phone");

            phone.locator(".tw-missed-line").first().click();
            phone.locator(".tw-missed-line").first().scrollIntoViewIfNeeded();
            tab.screenshot("31-partner-home-missed-open-phone");
            tab.assertAccessible("partner-home-missed-open-phone");

            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu")).click();
            Locator checkInEntry = phone.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Check-in"));
            assertThat(checkInEntry.locator(".tw-nav-badge")).containsText("1 questionnaire to answer");
            // the drawer has slid in completely
            assertThat(phone.locator("vaadin-side-nav")).isInViewport(
                    new com.microsoft.playwright.assertions.LocatorAssertions.IsInViewportOptions().setRatio(1));
            tab.screenshot("30b-partner-navigation-badge-phone");
            tab.assertAccessible("partner-navigation-badge-phone");
            phone.keyboard().press("Escape");

            Download download = phone.waitForDownload(() -> phone.locator("#next-session-ics").click());
            String ics = readString(download);
            assertThat(ics).contains("BEGIN:VEVENT", "SUMMARY:Couples session").doesNotContain("Maya", "Tom", "Rivera");
            assertThat(download.suggestedFilename()).isEqualTo("couples-session.ics");

            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All past homework")).click();
            assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/my-homework/history$"));
            assertThat(phone.locator(".tw-history-assignment").first()).containsText("Two minutes of appreciation");
            tab.screenshot("32-partner-history-phone");
            tab.assertAccessible("partner-history-phone");
        });
    }

    @Test
    void a_check_in_answer_is_one_tap_or_arrow_key_and_its_ends_are_named() {
        inTab("partner-checkin", 375, 812, tab -> {
            tab.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
            Page phone = tab.page();
            phone.navigate("/check-in");
            Locator trust = phone.locator("#item-trust");
            assertThat(trust.getByRole(AriaRole.RADIO)).hasCount(11);
            assertThat(trust.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("0 Not at all")))
                    .hasCount(1);
            assertThat(trust.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("10 Completely")))
                    .hasCount(1);
            trust.getByText("7", new Locator.GetByTextOptions().setExact(true)).click();
            assertThat(trust.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("7")).first()).isChecked();
            phone.keyboard().press("ArrowRight");
            assertThat(trust.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("8")).first()).isChecked();
            tab.screenshot("33-partner-checkin-phone");
            tab.assertAccessible("partner-checkin-phone");
        });
    }

    @Test
    void a_failed_sign_in_keeps_the_typed_e_mail() {
        inTab("sign-in-kept", 375, 812, tab -> {
            Page phone = tab.page();
            phone.navigate("/login");
            phone.getByLabel("E-mail").fill("tom.typo@couples.example");
            phone.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not the password");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            phone.waitForURL(url -> url.contains("error"));
            assertThat(phone.getByText("That didn't work")).isVisible();
            assertThat(phone.getByLabel("E-mail")).hasValue("tom.typo@couples.example");
            assertThat(phone.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).isFocused();
            tab.screenshot("34-sign-in-failed-keeps-email-phone");
            tab.assertAccessible("sign-in-failed-phone");

            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot password?")).click();
            assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/forgot-password$"));
            phone.getByLabel("E-mail").fill("tom.typo@couples.example");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
            assertThat(phone.getByRole(AriaRole.STATUS)).containsText("If an account uses this address");
            tab.screenshot("35-forgot-password-phone");
            tab.assertAccessible("forgot-password-phone");
        });
    }

    @Test
    void notifications_on_a_phone_stay_under_the_navigation_bar_and_do_not_pile_up() {
        inTab("partner-notices", 375, 812, tab -> {
            tab.signIn(DemoClinic.MAYA, DemoClinic.PASSWORD);
            Page phone = tab.page();
            Locator reminders = phone.getByText("E-mail me a reminder on days homework is due");
            reminders.click();
            reminders.click();
            reminders.click();
            Locator shown = phone.locator("vaadin-notification-card:visible");
            assertThat(shown).hasCount(1);
            // measured once it has slid in
            assertThat(shown.first()).not().hasAttribute("opening", "");
            var navbar = phone.locator("vaadin-app-layout [part~='navbar']").first().boundingBox();
            var card = shown.first().locator("[part~='overlay']").boundingBox();
            assertThat(card.y).as("below the navigation bar").isGreaterThanOrEqualTo(navbar.y + navbar.height - 1);
            assertThat(card.y + card.height).as("in the top half, away from the buttons at the bottom")
                    .isLessThan(812 / 2.0);
            tab.screenshot("36-partner-notification-phone");
        });
    }

    private static String readString(Download download) {
        try {
            return Files.readString(download.path());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
