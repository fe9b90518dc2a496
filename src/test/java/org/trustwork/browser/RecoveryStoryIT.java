package org.trustwork.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.account.AccountService;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.NewCouple;
import org.trustwork.demo.HistoryGenerator;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HowItLanded;
import org.trustwork.homework.NewHomework;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.Phase;
import org.trustwork.practice.PracticeService;
import org.trustwork.recovery.MarkerKind;
import org.trustwork.recovery.NewMarker;
import org.trustwork.recovery.RecoveryService;
import org.trustwork.security.SystemTask;

/**
 * The couple's story in a real browser: the hurt partner on a phone marks a trigger (kept private) and says how the
 * other partner's daily open account landed; the other partner's phone shows neither; the therapist on a laptop
 * sets the phase, sees the contact alert and where the accounts differ, and finds bands and markers on the charts.
 */
class RecoveryStoryIT extends BrowserTest {

    private static final String PASSWORD = "story-partner-password";
    private static final String TRIGGER_NOTE = "A song from that summer came on in the shop";

    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    HomeworkService homework;
    @Autowired
    PracticeService practices;
    @Autowired
    RecoveryService recovery;
    @Autowired
    HistoryGenerator history;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    SystemTask systemTask;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    private <T> T as(String email, Supplier<T> step) {
        return new RunAs(users, contextHolder).as(email, step);
    }

    private NewMarker marker(MarkerKind kind, LocalDate day, String note) {
        var form = new NewMarker();
        form.setKind(kind);
        form.setDay(day);
        form.setNote(note);
        return form;
    }

    @Test
    void a_partner_marks_a_day_and_says_how_a_practice_landed_and_the_therapist_sees_the_story() {
        LocalDate today = calendar.today();
        String suffix = Long.toString(System.nanoTime(), 36);
        String ana = "ana." + suffix + "@couples.example";
        String ben = "ben." + suffix + "@couples.example";
        long coupleId = systemTask.callAsAdmin(() -> {
            var form = new NewCouple();
            form.setDisplayName("Ana & Ben");
            form.setStartDate(today.minusWeeks(16));
            form.setTherapistAccountId(accounts.therapists().stream()
                    .filter(t -> t.email().equals(DemoClinic.RIVERA)).findFirst().orElseThrow().id());
            form.getPartnerOne().setDisplayName("Ana");
            form.getPartnerOne().setEmail(ana);
            form.getPartnerOne().setInitialPassword(PASSWORD);
            form.getPartnerTwo().setDisplayName("Ben");
            form.getPartnerTwo().setEmail(ben);
            form.getPartnerTwo().setInitialPassword(PASSWORD);
            return couples.createCouple(form).id();
        });
        history.generate(new HistoryGenerator.Plan(coupleId, today.minusWeeks(16), 16, 3, 2, 4, 0.8, 0, 0, 22));
        long benId = as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).partners().stream()
                .filter(p -> p.email().equals(ben)).findFirst().orElseThrow().accountId();
        as(DemoClinic.RIVERA, () -> {
            recovery.setPhase(coupleId, Phase.ATONEMENT, today.minusWeeks(16));
            recovery.logForCouple(coupleId, marker(MarkerKind.DISCLOSURE_SESSION, today.minusWeeks(9), null));
            NewHomework form = homework.draftFrom(practices.bySlug("acknowledge-the-damage").orElseThrow().id());
            form.setTitle("Daily open account");
            form.setCadence(Cadence.DAILY);
            form.setAssigneeAccountId(benId);
            form.setStartDate(today.minusDays(4));
            form.setEndDate(today.plusDays(10));
            return homework.assign(coupleId, form);
        });
        as(ana, () -> recovery.logMine(marker(MarkerKind.DISCOVERY_DAY, today.minusYears(1).minusDays(24),
                "The day I found the messages")));
        as(ben, () -> recovery.logMine(marker(MarkerKind.AFFAIR_PARTNER_CONTACT, today.minusDays(2), "She wrote again")));
        List<Long> bensDays = as(ben, () -> homework.myCurrentTasks().stream()
                .filter(t -> t.title().equals("Daily open account") && !t.dueDate().isAfter(today))
                .map(t -> t.occurrenceId()).toList());
        bensDays.forEach(id -> as(ben, () -> {
            homework.markDone(id);
            return null;
        }));
        // Two earlier days did not land for Ana; she answers today's on her phone.
        as(ana, () -> {
            var done = homework.myPartnersPractice();
            done.stream().skip(1).limit(2).forEach(p -> homework.sayHowItLanded(p.occurrenceId(),
                    HowItLanded.DID_NOT_LAND, null, false));
            return null;
        });

        inTab("story-partner-phone", 375, 812, tab -> {
            tab.signIn(ana, PASSWORD);
            Page phone = tab.page();
            phone.navigate("/my-story");
            assertThat(phone.getByText("Mark the days that matter in your recovery.")).isVisible();
            phone.locator("#marker-kind").click();
            phone.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Trigger episode")).click();
            assertThat(phone.locator("#marker-private input")).isChecked();
            phone.locator("#marker-note textarea").fill(TRIGGER_NOTE);
            phone.locator("#add-marker").click();
            Locator trigger = phone.locator(".tw-timeline-item[data-kind='TRIGGER']");
            assertThat(trigger).containsText("Trigger episode");
            assertThat(trigger.locator(".tw-badge-private")).hasText("private");
            assertThat(trigger).containsText(TRIGGER_NOTE);
            assertThat(phone.locator(".tw-story-phase")).containsText("Phase: Atonement");
            assertThat(phone.locator(".tw-timeline-next")).containsText("Next anniversary of discovery day");
            tab.screenshot("90-story-partner-timeline-phone");
            tab.assertAccessible("story-partner-timeline-phone");

            phone.navigate("/my-homework");
            Locator section = phone.locator("#partners-practice");
            assertThat(section.locator("h2")).hasText("What Ben did lately");
            section.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("How did it land for you?"))
                    .first().click();
            Locator dialog = phone.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("Saying how it landed is up to you");
            dialog.getByText("It didn't land for me").click();
            phone.locator("#landing-note textarea").fill("He read it out fast and then left the room");
            assertThat(phone.locator(".tw-reflection-readers").last()).hasText("Only your therapist can read this.");
            tab.screenshot("91-story-how-it-landed-dialog-phone");
            tab.assertAccessible("story-how-it-landed-dialog-phone");
            phone.locator("#save-landing").click();
            assertThat(phone.locator("vaadin-dialog-overlay, vaadin-dialog[opened]")).hasCount(0);
            assertThat(section.locator(".tw-landing-said").first())
                    .hasText("You said: It didn't land for me · only your therapist can read this");
            section.scrollIntoViewIfNeeded();
            tab.screenshot("92-story-partners-practice-phone");
            tab.assertAccessible("story-partners-practice-phone");
        });

        inTab("story-other-partner-phone", 375, 812, tab -> {
            tab.signIn(ben, PASSWORD);
            Page phone = tab.page();
            assertThat(phone.locator(".tw-task h3").filter(new Locator.FilterOptions().setHasText("Daily open account"))
                    .first()).isVisible();
            // Nothing of Ana's unshared answers, and no "unconfirmed" anywhere.
            assertThat(phone.locator(".tw-landing-shared")).hasCount(0);
            assertThat(phone.getByText("How it landed for Ana")).hasCount(0);
            assertThat(phone.getByText("It didn't land for me")).hasCount(0);
            assertThat(phone.getByText("nconfirmed")).hasCount(0);
            phone.navigate("/my-story");
            assertThat(phone.locator(".tw-timeline-item[data-kind='DISCOVERY_DAY']")).hasCount(1);
            assertThat(phone.locator(".tw-timeline-item[data-kind='TRIGGER']")).hasCount(0);
            assertThat(phone.getByText(TRIGGER_NOTE)).hasCount(0);
            assertThat(phone.locator(".tw-timeline-item[data-kind='AFFAIR_PARTNER_CONTACT']")).containsText("private");
            tab.screenshot("93-story-other-partner-timeline-phone");
            tab.assertAccessible("story-other-partner-timeline-phone");
        });

        inTab("story-therapist", 1280, 900, tab -> {
            tab.signIn(DemoClinic.RIVERA, DemoClinic.PASSWORD);
            Page page = tab.page();
            page.navigate("/couples/" + coupleId);
            Locator card = page.locator("#recovery-card");
            assertThat(card.locator(".tw-contact-alert")).containsText("Ben logged contact from the affair partner");
            assertThat(card.locator(".tw-timeline-item[data-kind='TRIGGER']")).containsText("private to Ana");
            page.locator("#phase-choice").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Attunement")).click();
            LocalDate since = today.minusWeeks(5);
            Locator sinceInput = page.locator("#phase-since input");
            sinceInput.fill(DateTimeFormatter.ofPattern("M/d/yyyy").format(since));
            sinceInput.press("Enter");
            page.locator("#set-phase").click();
            assertThat(page.locator("#current-phase")).hasText("Phase: Attunement since "
                    + org.trustwork.base.ui.ViewerDates.day(since));
            card.scrollIntoViewIfNeeded();
            tab.screenshot("94-story-therapist-couple-page");
            tab.assertAccessible("story-therapist-couple-page");

            Locator twoSided = page.locator("#two-sided-log");
            assertThat(twoSided.locator(".tw-two-sided-often")).containsText("3 of 3 answers");
            assertThat(twoSided.locator(".tw-two-sided-differs")).hasCount(3);
            twoSided.scrollIntoViewIfNeeded();
            tab.screenshot("95-story-therapist-two-sided-log");

            page.navigate("/couples/" + coupleId + "/progress");
            assertThat(page.locator("#story-legend h2")).hasText("Phase: Attunement since "
                    + org.trustwork.base.ui.ViewerDates.day(since));
            assertThat(page.locator(".tw-chart-card svg .tw-chart-band").first()).isAttached();
            assertThat(page.locator(".tw-chart-card").first().locator(".tw-chart-band")).hasCount(2);
            assertThat(page.locator(".tw-chart-card").first().locator(".tw-chart-marker-private")).not().hasCount(0);
            assertThat(page.locator(".tw-signal").filter(new Locator.FilterOptions().setHasText("Accounts differ")))
                    .not().hasCount(0);
            assertThat(page.locator(".tw-signal").filter(new Locator.FilterOptions()
                    .setHasText("logged contact from the affair partner"))).hasCount(1);
            tab.screenshot("96-story-therapist-dashboard");
            tab.assertAccessible("story-therapist-dashboard");
            page.locator(".tw-chart-card").first().scrollIntoViewIfNeeded();
            tab.screenshot("97-story-therapist-chart-bands-markers");
        });
    }
}
