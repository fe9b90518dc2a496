package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.TrustworkTest;
import org.trustwork.shell.AccessDeniedView;
import org.trustwork.couple.CoupleService;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;
import org.trustwork.progress.ui.DashboardView;

@TrustworkTest
class DashboardViewTest extends SpringBrowserlessTest {
    @Autowired
    TestClinic clinic;

    @Autowired
    CoupleService couples;
    private long mayaAndTom;
    private long chrisAndJamie;

    @BeforeEach
    void ids() {
        mayaAndTom = clinic.coupleId("Maya & Tom");
        chrisAndJamie = clinic.coupleId("Chris & Jamie");
    }

    @Autowired
    PracticeService practices;

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void the_therapist_sees_accessible_charts_with_a_table_and_the_coverage_grid() {
        navigate("couples/" + mayaAndTom + "/progress", DashboardView.class);
        assertThat(find(H2.class).withText("Progress · Maya & Tom").exists()).isTrue();
        assertThat(find(H3.class).withText("Check-ins · Maya Brennan").exists()).isTrue();
        assertThat(find(H3.class).withText("Homework done per week").exists()).isTrue();
        assertThat(find(Svg.class).all()).isNotEmpty().allSatisfy(svg -> {
            String markup = svg.getElement().getProperty("innerHTML", "");
            assertThat(markup).contains("role='img'").contains("<title").contains("<desc");
        });
        Details table = find(Details.class).all().getFirst();
        table.setOpened(true);
        assertThat(find(NativeTable.class, table).exists()).isTrue();
        assertThat(find(H2.class).withText("Practice coverage").exists()).isTrue();
        String coverage = find(Html.class).all().stream()
                .filter(html -> html.getElement().getClassList().contains("tw-coverage-grid"))
                .map(html -> html.getElement().getProperty("innerHTML", "")).findFirst().orElseThrow();
        assertThat(coverage.split("role=\"listitem\"", -1)).hasSize(26);
        for (var practice : practices.search(PracticeFilter.ALL)) {
            assertThat(coverage).contains(practice.number() + ". " + practice.title());
        }
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void the_therapist_asks_both_partners_for_a_questionnaire() {
        navigate("couples/" + mayaAndTom + "/progress", DashboardView.class);
        test(find(Button.class).withId("ask-questionnaire").single()).click();
        assertThat(find(Button.class).withText("Withdraw").exists()).isTrue();
        test(find(Button.class).withText("Withdraw").first()).click();
    }

    @Autowired
    org.trustwork.demo.HistoryGenerator history;
    @Autowired
    org.trustwork.TestClock clock;

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void a_signal_names_its_day_in_the_viewers_language() {
        long quiet = clinic.newCouple(DemoClinic.RIVERA);
        var today = java.time.LocalDate.now(clock);
        // Eight weeks of check-ins, then three weeks without any: the "has not checked in" signal names the last day.
        history.generate(new org.trustwork.demo.HistoryGenerator.Plan(quiet, today.minusWeeks(8), 8, 2, 3, 4, 0.5, 0,
                21, 11));
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMANY);

        navigate("couples/" + quiet + "/progress", DashboardView.class);

        var signal = find(com.vaadin.flow.component.html.Span.class).all().stream()
                .map(com.vaadin.flow.component.html.Span::getText)
                .filter(text -> text != null && text.contains("has not checked in for")).findFirst().orElseThrow();
        var day = java.util.regex.Pattern.compile("last on (.+)\\)").matcher(signal);
        assertThat(day.find()).as(signal).isTrue();
        var german = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.GERMANY);
        assertThat(java.time.LocalDate.parse(day.group(1), german)).as("a German date: %s", signal)
                .isBefore(today.minusDays(13));
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void another_therapists_couple_is_not_available() {
        navigate("couples/" + chrisAndJamie + "/progress", AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_cannot_open_the_dashboard() {
        navigate("couples/" + mayaAndTom + "/progress", AccessDeniedView.class);
    }

    @Autowired
    org.trustwork.homework.HomeworkService homework;
    @Autowired
    org.trustwork.base.live.LiveUpdates liveUpdates;
    @Autowired
    org.trustwork.base.ClinicCalendar calendar;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy contextHolder;

    private <T> T as(String email, java.util.function.Supplier<T> step) throws Exception {
        // another person, on a thread (and so a security context) of their own
        try (var elsewhere = java.util.concurrent.Executors.newSingleThreadExecutor()) {
            return elsewhere.submit(() -> new org.trustwork.RunAs(users, contextHolder).as(email, step)).get();
        }
    }

    @Test
    @WithUserDetails(DemoClinic.RIVERA)
    void an_open_dashboard_redraws_its_homework_chart_when_a_partner_completes_homework() throws Exception {
        long occurrence = as(DemoClinic.RIVERA, () -> {
            var form = homework.draftFrom(practices.search(PracticeFilter.ALL).get(3).id());
            form.setTitle("Dashboard live check");
            form.setCadence(org.trustwork.practice.Cadence.ONCE);
            form.setEndDate(calendar.today()); // due today, so its completion counts in this week's bar
            return homework.assign(mayaAndTom, form);
        }) > 0 ? as(DemoClinic.TOM, homework::myTasks).stream()
                .filter(task -> task.title().equals("Dashboard live check")).findFirst().orElseThrow().occurrenceId() : 0;
        navigate("couples/" + mayaAndTom + "/progress", DashboardView.class);
        String before = homeworkChart();

        as(DemoClinic.TOM, () -> {
            homework.markDone(occurrence);
            return null;
        });
        assertThat(liveUpdates.awaitDelivered(java.time.Duration.ofSeconds(10))).isTrue();
        com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();

        assertThat(homeworkChart()).as("the homework chart counts the new completion without a reload")
                .isNotEqualTo(before);
    }

    /** The text alternative of the "Homework done per week" chart (its numbers, as a screen reader hears them). */
    private String homeworkChart() {
        return find(Svg.class).all().stream().map(svg -> svg.getElement().getProperty("innerHTML", ""))
                .filter(markup -> markup.contains("Homework done per week")).findFirst().orElseThrow();
    }
}
