package org.trustwork.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.shell.AccessDeniedView;
import org.trustwork.couple.CoupleService;
import org.trustwork.caseload.ui.CoupleView;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeService;
import org.trustwork.session.SessionViews.AgendaEntry;
import org.trustwork.session.ui.SessionView;

/** The therapist's flow on the session screen, as a therapist clicks through it. */
@TrustworkTest
@WithUserDetails(DemoClinic.RIVERA)
class SessionViewTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    org.trustwork.base.live.LiveUpdates liveUpdates;

    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    CoupleService couples;
    @Autowired
    PracticeService practices;
    @Autowired
    TestClock clock;
    @Autowired
    SecurityContextHolderStrategy contextHolder;

    long coupleId;

    @BeforeEach
    void newCouple() {
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
    }

    private SessionView openNewSession() {
        navigate("couples/" + coupleId, CoupleView.class);
        test(find(Button.class).withId("start-session-now").single()).click();
        assertThat(getCurrentView()).isInstanceOf(SessionView.class);
        return (SessionView) getCurrentView();
    }

    private void addFreeItem(String title, int minutes) {
        test(find(TextField.class).withLabel("Item").single()).setValue(title);
        test(find(IntegerField.class).withLabel("Minutes").single()).setValue(minutes);
        test(find(Button.class).withId("add-free-item").single()).click();
    }

    private List<String> agendaTitles(SessionView view) {
        return sessions.session(sessionId(view)).agenda().stream().map(AgendaEntry::title).toList();
    }

    private static long sessionId(SessionView view) {
        return Long.parseLong(view.getElement().getAttribute("data-session-id"));
    }

    @Test
    void a_therapist_starts_a_session_builds_the_agenda_and_moves_through_it() {
        SessionView view = openNewSession();
        addFreeItem("Check-in", 5);
        String practiceTitle = practices.search(PracticeFilter.ALL).get(1).title();
        @SuppressWarnings("unchecked")
        ComboBox<Object> picker = find(ComboBox.class).withLabel("Practice").single();
        test(picker).selectItem("2. " + practiceTitle);
        test(find(Button.class).withId("add-practice").single()).click();
        addFreeItem("Homework review", 10);

        @SuppressWarnings("unchecked")
        Grid<AgendaEntry> agenda = find(Grid.class).withClassName("tw-agenda-grid").single();
        assertThat(test(agenda).getLitRendererPropertyValue(2, 0, "upLabel", String.class))
                .isEqualTo("Move Homework review up");
        test(agenda).invokeLitRendererFunction(2, 0, "moveUp");
        assertThat(agendaTitles(view)).containsExactly("Check-in", "Homework review", practiceTitle);

        test(find(Button.class).withId("next-item").single()).click();
        assertThat(find(H3.class).withText("Check-in").exists()).as("first item is current").isTrue();
        clock.advance(Duration.ofMinutes(4));
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        fireShortcut(Key.KEY_N, KeyModifier.ALT);

        var current = sessions.session(sessionId(view)).current().orElseThrow();
        assertThat(current.title()).isEqualTo(practiceTitle);
        // Each prompt of the current practice, with whom it is put to in front of it (issue 21).
        var prompts = practices.search(PracticeFilter.ALL).get(1).prompts();
        assertThat(find(ListItem.class).withClassName("tw-prompt").all())
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactlyElementsOf(prompts.stream()
                        .map(p -> p.to().label() + p.to().longLabel() + ":" + p.text()).toList());
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("tw-addressee").all())
                .extracting(chip -> chip.getElement().getAttribute("title"))
                .contains("For the hurt partner", "For the partner who broke trust");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withClassName("tw-hurt-part").single()
                .getElement().getTextRecursively()).as("no. 2 gives the hurt partner a part of their own")
                .contains("You decide when you have said enough");
    }

    @Test
    void an_agenda_row_sets_its_time_box_ignores_minutes_out_of_range_and_can_be_removed() {
        SessionView view = openNewSession();
        addFreeItem("Check-in", 5);
        addFreeItem("Review", 10);
        @SuppressWarnings("unchecked")
        Grid<AgendaEntry> agenda = find(Grid.class).withClassName("tw-agenda-grid").single();

        test(agenda).invokeLitRendererFunction(0, 0, "setMinutes", minutes("12"));
        assertThat(sessions.session(sessionId(view)).agenda().getFirst().timeBoxMinutes()).isEqualTo(12);
        assertThat(test(agenda).getLitRendererPropertyValue(0, 0, "minutes", String.class)).isEqualTo("12");

        for (String refused : new String[] {"0", String.valueOf(AgendaItem.TIME_BOX_MAX + 1), "ten", ""}) {
            test(agenda).invokeLitRendererFunction(0, 0, "setMinutes", minutes(refused));
        }
        assertThat(sessions.session(sessionId(view)).agenda().getFirst().timeBoxMinutes()).isEqualTo(12);

        test(agenda).invokeLitRendererFunction(0, 0, "remove");
        assertThat(agendaTitles(view)).containsExactly("Review");
        assertThat(test(agenda).size()).isEqualTo(1);
        assertThat(test(agenda).getLitRendererPropertyValue(0, 0, "title", String.class)).isEqualTo("Review");
    }

    private static tools.jackson.databind.node.ArrayNode minutes(String typed) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(typed);
    }

    @Test
    void pause_and_resume_by_button_and_by_keyboard() {
        SessionView view = openNewSession();
        test(find(Button.class).withId("pause-session").single()).click();
        assertThat(sessions.session(sessionId(view)).status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(find(Button.class).withId("pause-session").single().getText()).isEqualTo("Resume");

        fireShortcut(Key.KEY_P, KeyModifier.ALT);

        assertThat(sessions.session(sessionId(view)).status()).isEqualTo(SessionStatus.LIVE);
    }

    @Test
    void typed_notes_are_saved_and_are_there_when_the_screen_is_opened_again() {
        SessionView view = openNewSession();
        TextArea sessionNotes = find(TextArea.class).withId("session-notes").single();

        test(sessionNotes).setValue("Maya named the hurt; Tom listened without defending.");

        assertThat(find(Span.class).withClassName("tw-note-status").first().getText()).startsWith("Saved ");
        navigate("sessions/" + sessionId(view), SessionView.class);
        assertThat(find(TextArea.class).withId("session-notes").single().getValue())
                .isEqualTo("Maya named the hurt; Tom listened without defending.");
    }

    @Test
    void notes_typed_just_before_next_item_are_saved_first() {
        SessionView view = openNewSession();
        addFreeItem("Check-in", 5);
        test(find(Button.class).withId("next-item").single()).click();
        TextArea itemNotes = find(TextArea.class).withId("item-notes").single();
        itemNotes.setValue("Typed, not yet autosaved");

        test(find(Button.class).withId("next-item").single()).click();

        long itemId = sessions.session(sessionId(view)).agenda().getFirst().id();
        assertThat(notes.open(sessionId(view), itemId).body()).isEqualTo("Typed, not yet autosaved");
    }

    @Test
    void planning_at_night_suggests_a_working_hour_next_week() {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        var now = clock.instant().atZone(zone);
        var nightTime = now.toLocalDate().atTime(3, 20).atZone(zone);
        clock.advance(Duration.between(now, nightTime.isAfter(now) ? nightTime : nightTime.plusDays(1)));
        navigate("couples/" + coupleId, CoupleView.class);

        test(find(Button.class).withId("plan-session").single()).click();

        var suggested = find(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).single().getValue();
        assertThat(suggested).isEqualTo(clock.instant().atZone(zone).toLocalDate().plusDays(7).atTime(10, 0));
    }

    @Test
    void a_change_made_in_another_tab_shows_here_without_a_reload() throws Exception {
        SessionView view = openNewSession();
        addFreeItem("Check-in", 5);
        long id = sessionId(view);
        assertThat(find(Span.class).withClassName("tw-badge").first().getText()).isEqualTo("Live");

        // The other tab's request runs on a thread of its own, where this tab's UI is not the current one.
        var otherTab = Executors.newSingleThreadExecutor();
        try {
            otherTab.submit(() -> runAs.as(DemoClinic.RIVERA, () -> sessions.pause(id))).get();
        } finally {
            otherTab.shutdown();
        }
        // The notice reaches this tab after the commit, on a delivery thread, which queues the redraw on this UI.
        assertThat(liveUpdates.awaitDelivered(java.time.Duration.ofSeconds(10))).isTrue();
        MockVaadin.runUIQueue();

        assertThat(find(Span.class).withClassName("tw-badge").first().getText()).isEqualTo("Paused");
        assertThat(find(Button.class).withText("Resume").single().isVisible()).isTrue();
    }

    @Test
    void a_second_tab_with_older_notes_is_told_about_the_conflict_and_loses_nothing() {
        SessionView view = openNewSession();
        long id = sessionId(view);
        notes.save(id, null, 0, "Saved from the other tab");

        test(find(TextArea.class).withId("session-notes").single()).setValue("Typed in this tab");

        assertThat(find(Span.class).withClassName("tw-note-status").first().getText()).startsWith("Not saved");
        assertThat(find(TextArea.class).withId("session-notes").single().getValue()).isEqualTo("Typed in this tab");
        test(find(Button.class).withText("Keep my text").single()).click();
        assertThat(notes.open(id, null).body()).isEqualTo("Typed in this tab");
        assertThat(notes.history(id, null)).extracting(SessionViews.RevisionInfo::body)
                .contains("Saved from the other tab", "Typed in this tab");
    }

    @Test
    void text_typed_after_a_conflict_is_kept_beside_the_newer_notes_when_idle_logoff_ends_the_session() {
        SessionView view = openNewSession();
        long id = sessionId(view);
        notes.save(id, null, 0, "Saved from the other tab");
        var field = test(find(TextArea.class).withId("session-notes").single());
        field.setValue("Typed in this tab");
        assertThat(find(Span.class).withClassName("tw-note-status").first().getText()).startsWith("Not saved");

        // The therapist goes on typing without choosing, then leaves the screen until the idle logoff.
        field.setValue("Typed in this tab, and the rest of the session");
        find(com.vaadin.flow.component.Component.class).all().stream()
                .filter(org.trustwork.base.ui.SavesBeforeLogoff.class::isInstance)
                .map(org.trustwork.base.ui.SavesBeforeLogoff.class::cast)
                .forEach(editor -> {
                    editor.saveBeforeLogoff();
                    editor.saveBeforeLogoff(); // the logoff may run its saves twice: one copy, not two
                });

        assertThat(notes.open(id, null).body()).as("never saved over the newer notes").isEqualTo("Saved from the other tab");
        var history = notes.history(id, null);
        assertThat(history).filteredOn(r -> r.body().equals("Typed in this tab, and the rest of the session"))
                .singleElement().satisfies(r -> assertThat(r.conflict()).isTrue());
        assertThat(history).extracting(SessionViews.RevisionInfo::body).contains("Typed in this tab");
    }

    @Test
    void a_tab_that_typed_nothing_raises_no_conflict_when_another_tab_saved_and_this_one_moves_on() {
        SessionView view = openNewSession();
        long id = sessionId(view);
        addFreeItem("Check-in", 5);
        notes.save(id, null, 0, "Saved from the other tab");

        test(find(Button.class).withId("next-item").single()).click();

        assertThat(find(Span.class).withClassName("tw-note-status").first().getText()).doesNotStartWith("Not saved");
        assertThat(find(Button.class).withText("Keep my text").exists()).isFalse();
        assertThat(notes.history(id, null)).extracting(SessionViews.RevisionInfo::body)
                .containsExactly("Saved from the other tab");
    }

    @Test
    void the_notes_on_each_item_stay_readable_beside_the_summary_once_the_session_has_ended() {
        openNewSession();
        addFreeItem("Check-in", 5);
        addFreeItem("Repair talk", 10);
        test(find(Button.class).withId("next-item").single()).click();
        test(find(TextArea.class).withId("item-notes").single()).setValue("Both slept badly");
        test(find(Button.class).withId("next-item").single()).click();
        test(find(TextArea.class).withId("item-notes").single()).setValue("Tom named the hurt\nMaya listened");

        test(find(Button.class).withId("end-session").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(TextArea.class).withLabel("Summary for the couple").exists()).isTrue();
        var shown = find(Div.class).withId("ended-item-notes").single();
        assertThat(shown.getElement().getTextRecursively())
                .contains("Check-in", "Both slept badly", "Repair talk", "Tom named the hurt\nMaya listened");
        assertThat(find(TextArea.class).withId("item-notes").exists()).as("read-only").isFalse();
    }

    @Test
    void ending_shows_planned_against_actual_and_publishing_shares_the_summary() {
        SessionView view = openNewSession();
        addFreeItem("Check-in", 5);
        addFreeItem("Review", 10);
        test(find(Button.class).withId("next-item").single()).click();
        clock.advance(Duration.ofMinutes(7));

        test(find(Button.class).withId("end-session").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        SessionViews.SessionDetails ended = sessions.session(sessionId(view));
        assertThat(ended.status()).isEqualTo(SessionStatus.ENDED);
        assertThat(ended.agenda()).extracting(AgendaEntry::title, AgendaEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Check-in", AgendaItemStatus.DONE),
                org.assertj.core.groups.Tuple.tuple("Review", AgendaItemStatus.CARRIED));
        assertThat(ended.agenda().getFirst().spentMillis()).isEqualTo(Duration.ofMinutes(7).toMillis());
        assertThat(find(Paragraph.class).withId("carried-note").single().getText())
                .isEqualTo("1 item was not reached: it goes on the agenda of the next session you plan.");

        test(find(TextArea.class).withLabel("Summary for the couple").single())
                .setValue("We agreed on a daily check-in.");
        assertThat(find(Span.class).withId("draft-status").single().getText()).isEmpty();
        test(find(Button.class).withId("save-summary").single()).click();
        assertThat(find(Span.class).withId("draft-status").single().getText())
                .matches("Draft saved \\d{1,2}:\\d\\d:\\d\\d.*\\.");
        assertThat(sessions.session(sessionId(view)).sharedSummary()).isEqualTo("We agreed on a daily check-in.");
        test(find(Button.class).withId("publish-summary").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(sessions.session(sessionId(view)).summaryPublishedAt()).isNotNull();
        assertThat(find(Paragraph.class).withTextContaining("Published").exists()).isTrue();
    }

    private String timerPart(String name) {
        return find(Span.class).all().stream().filter(span -> name.equals(span.getElement().getAttribute("data-part")))
                .findFirst().orElseThrow().getText();
    }

    @Test
    void the_timer_says_in_words_when_time_is_nearly_up_or_over_and_that_an_ended_session_has_ended() {
        openNewSession();
        addFreeItem("Check-in", 1);
        addFreeItem("Review", 1);
        test(find(Button.class).withId("next-item").single()).click();
        assertThat(timerPart("state")).isEmpty();

        clock.advance(Duration.ofMinutes(46));
        test(find(Button.class).withId("next-item").single()).click();
        assertThat(timerPart("left")).isEqualTo("4:00 left");
        assertThat(timerPart("state")).isEqualTo("⚠ Less than 5 minutes left");
        assertThat(timerPart("item")).isEqualTo("1:00 left on this item");

        clock.advance(Duration.ofMinutes(5));
        test(find(Button.class).withId("pause-session").single()).click();
        assertThat(timerPart("state")).isEqualTo("⏸ Paused");
        test(find(Button.class).withId("pause-session").single()).click();
        assertThat(timerPart("left")).isEqualTo("1:00 over");
        assertThat(timerPart("state")).isEqualTo("⚠ Over the planned time");
        assertThat(timerPart("item")).isEqualTo("⚠ 4:00 over on this item");

        test(find(Button.class).withId("end-session").single()).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(timerPart("elapsed")).isEqualTo("51:00");
        assertThat(timerPart("left")).as("no time 'left' on an ended session").isEqualTo("in total");
        assertThat(timerPart("state")).isEqualTo("Session ended");
    }

    @Test
    @WithUserDetails(DemoClinic.OKAFOR)
    void another_therapist_typing_the_session_address_gets_the_access_denied_page() {
        long riveraSession = systemTaskAsRivera();
        navigate("sessions/" + riveraSession, AccessDeniedView.class);
    }

    @Test
    @WithUserDetails(DemoClinic.MAYA)
    void a_partner_typing_a_session_address_gets_the_access_denied_page() {
        long riveraSession = systemTaskAsRivera();
        navigate("sessions/" + riveraSession, AccessDeniedView.class);
    }

    /** A session of Dr Rivera's, created as her before the test user opens its address. */
    private long systemTaskAsRivera() {
        long riveraCouple = clinic.coupleId("Maya & Tom");
        return runAs.as(DemoClinic.RIVERA,
                () -> sessions.plan(riveraCouple, clock.instant(), 50).id());
    }
}
