package org.trustwork.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.trustwork.base.ui.RouteIds;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.session.SessionEvent;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.couple.CoupleService;
import org.trustwork.disclosure.DisclosureService;
import org.trustwork.disclosure.ui.DisclosureAgendaButton;
import org.trustwork.disclosure.ui.DisclosureSessionPanel;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.ui.AssignHomeworkDialog;
import org.trustwork.practice.PracticeService;
import org.trustwork.practice.ui.PracticeView;
import org.trustwork.session.AgendaTemplateService;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionStateException;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionViews.AgendaEntry;
import org.trustwork.session.SessionViews.ItemNote;
import org.trustwork.session.SessionViews.NoteSnapshot;
import org.trustwork.session.SessionViews.SessionDetails;

/**
 * The therapist's screen for one session, from planning to the shared summary: agenda, timer, the current
 * item's prompts and private notes on one page. Other tabs on the same session follow along live.
 */
@Route("sessions/:sessionId(\\d+)")
@PageTitle("Session")
@RolesAllowed(Role.THERAPIST_NAME)
public class SessionView extends Div implements BeforeEnterObserver {

    private final SessionService sessions;
    private final SessionNotesService notes;
    private final PracticeService practices;
    private final AgendaTemplateService templates;
    private final HomeworkService homework;
    private final CoupleService couples;
    private final java.time.Clock clock;
    private final DisclosureService disclosure;

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Paragraph when = new Paragraph();
    private final TimerDisplay timer = new TimerDisplay();
    private final Button start = new Button("Start session", VaadinIcon.PLAY.create());
    private final Button pause = new Button("Pause", VaadinIcon.PAUSE.create());
    private final Button next = new Button("Next item", VaadinIcon.STEP_FORWARD.create());
    private final Button skip = new Button("Skip item");
    private final Button end = new Button("End session", VaadinIcon.STOP.create());
    private final Span hint = new Span("Alt+N next item · Alt+P pause");
    private final Div centre = new Div();
    private final Div notesPanel = new Div();

    private long sessionId;
    private SessionDetails session;
    private AgendaPanel agenda;
    private SummaryPanel summary;
    private NotesEditor sessionNotes;
    private NotesEditor itemNotes;
    private Long itemNotesFor;
    private Div endedItemNotes;
    private ZoneId zone;

    SessionView(SessionService sessions, SessionNotesService notes, PracticeService practices,
                AgendaTemplateService templates, LiveUpdates liveUpdates, HomeworkService homework,
                CoupleService couples, java.time.Clock clock, DisclosureService disclosure) {
        this.clock = clock;
        this.disclosure = disclosure;
        this.homework = homework;
        this.couples = couples;
        this.sessions = sessions;
        this.notes = notes;
        this.practices = practices;
        this.templates = templates;
        liveUpdates.follow(this, SessionEvent.SessionChanged.class, e -> e.sessionId() == sessionId,
                () -> show(sessions.session(sessionId)));
        addClassName("tw-session");
        start.setId("start-session");
        pause.setId("pause-session");
        next.setId("next-item");
        skip.setId("skip-item");
        end.setId("end-session");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        start.addClickListener(click -> run(() -> sessions.start(sessionId)));
        pause.addClickListener(click -> togglePause());
        next.addClickListener(click -> run(() -> sessions.nextItem(sessionId, false)));
        skip.addClickListener(click -> run(() -> sessions.nextItem(sessionId, true)));
        end.addClickListener(click -> confirmEnd());
        next.setTooltipText("Alt+N");
        pause.setTooltipText("Alt+P");
        Shortcuts.addShortcutListener(this, () -> {
            if (next.isVisible() && next.isEnabled()) {
                run(() -> sessions.nextItem(sessionId, false));
            }
        }, Key.KEY_N, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> {
            if (pause.isVisible()) {
                togglePause();
            }
        }, Key.KEY_P, KeyModifier.ALT);
        notesPanel.addClassNames("tw-panel", "tw-notes-panel");
        centre.addClassName("tw-centre");
    }

    public static RouteParameters parameters(long sessionId) {
        return new RouteParameters("sessionId", String.valueOf(sessionId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = RouteIds.of(event, "sessionId").orElse(-1L);
        try {
            session = sessions.openSession(sessionId);
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        zone = BrowserTime.zone();
        getElement().setAttribute("data-session-id", String.valueOf(sessionId));
        build();
        show(session);
    }

    private void build() {
        removeAll();
        var back = new Anchor("couples/" + session.coupleId(), "← " + session.coupleName());
        back.addClassName("tw-back");
        status.addClassName("tw-badge");
        when.addClassName("tw-meta");
        var heading = new Div(back, new Div(title, status), when);
        hint.addClassName("tw-shortcut-hint");
        var controls = new Div(timer, start, pause, next, skip, end, hint);
        controls.addClassName("tw-session-controls");
        var header = new Div(heading, controls);
        header.addClassName("tw-session-header");

        agenda = new AgendaPanel(sessions, practices, session.coupleId(), sessionId, this::run, zone);
        // Built when the session has ended, the only time it shows: most openings are of planned or live sessions.
        summary = null;
        var privateLabel = new Span("Private — only you can read these notes");
        privateLabel.addClassName("tw-private-label");
        // The session's notes and the current item's are opened together: one check and one transaction.
        var current = session.current();
        List<NoteSnapshot> opened = notes.openForScreen(sessionId, current.map(AgendaEntry::id).orElse(null));
        sessionNotes = new NotesEditor(notes, sessionId, opened.getFirst(), "Session notes", zone);
        sessionNotes.textArea().setId("session-notes");
        notesPanel.removeAll();
        notesPanel.add(new H3("Notes"), privateLabel, sessionNotes);
        itemNotes = null;
        itemNotesFor = null;
        endedItemNotes = null;
        current.ifPresent(item -> showItemNotes(opened.getLast(), item.title()));
        add(header, agenda, centre, notesPanel);
    }

    private void show(SessionDetails details) {
        session = details;
        title.setText(details.coupleName() + " · session");
        status.setText(details.status().label());
        status.setClassName("tw-badge-success", details.status() == SessionStatus.LIVE);
        status.setClassName("tw-badge-warning", details.status() == SessionStatus.PAUSED);
        status.setClassName("tw-badge-muted", details.status() == SessionStatus.PLANNED
                || details.status() == SessionStatus.ENDED);
        // Once started, the day it really happened matters more than the day it was planned for.
        when.setText(details.startedAt() == null
                ? "Planned for " + ViewerDates.dayAndTime(details.scheduledStart(), zone) + " · "
                        + details.plannedMinutes() + " minutes"
                : "Started " + ViewerDates.dayAndTime(details.startedAt(), zone) + " · " + details.plannedMinutes()
                        + " minutes planned");
        setClassName("tw-session-ended", details.status() == SessionStatus.ENDED);
        timer.show(details.timer());
        boolean planned = details.status() == SessionStatus.PLANNED;
        boolean running = details.status().isRunningOrPaused();
        start.setVisible(planned);
        pause.setVisible(running);
        pause.setText(details.status() == SessionStatus.PAUSED ? "Resume" : "Pause");
        pause.setIcon(details.status() == SessionStatus.PAUSED ? VaadinIcon.PLAY.create() : VaadinIcon.PAUSE.create());
        next.setVisible(running);
        skip.setVisible(running);
        next.setEnabled(details.current().isPresent() || details.agenda().stream().anyMatch(AgendaEntry::movable));
        skip.setEnabled(details.current().isPresent());
        end.setVisible(running);
        hint.setVisible(running);
        agenda.show(details);
        showCentre(details);
        showItemNotes(details);
    }

    private void showCentre(SessionDetails details) {
        centre.removeAll();
        if (details.status() == SessionStatus.ENDED) {
            if (summary == null) {
                summary = new SummaryPanel(sessions, sessionId, this::run, zone, clock);
            }
            summary.show(details);
            var practiceIds = details.agenda().stream().map(AgendaEntry::practiceId).filter(Objects::nonNull).toList();
            centre.add(summary, assignButton(practiceIds.isEmpty() ? null : practiceIds.getLast(),
                    "Assign homework from this session"));
            return;
        }
        var panel = new Div();
        panel.addClassNames("tw-panel", "tw-current-item");
        details.current().ifPresentOrElse(item -> currentItem(panel, item), () -> idle(panel, details));
        if (details.status() == SessionStatus.PLANNED) {
            panel.add(templateTools());
        }
        centre.add(panel);
    }

    private static void idle(Div panel, SessionDetails details) {
        boolean waiting = details.agenda().stream().anyMatch(AgendaEntry::movable);
        if (details.status() == SessionStatus.PLANNED) {
            panel.add(new H3("Ready when you are"), new Paragraph("Put the agenda in order, then start the session. "
                    + "The timer runs on the server, so a reload or a second tab shows the same time."));
        } else if (waiting) {
            panel.add(new H3("Between items"), new Paragraph("Press Next item (Alt+N) to begin the next one."));
        } else if (details.agenda().isEmpty()) {
            panel.add(new H3("Nothing on the agenda yet"),
                    new Paragraph("Add a practice or a free item such as a check-in, then press Next item."));
        } else {
            panel.add(new H3("Agenda complete"),
                    new Paragraph("Every item is done. Add another item, or end the session to write the summary."));
        }
    }

    private void currentItem(Div panel, AgendaEntry item) {
        var label = new Span("Now");
        label.addClassName("tw-eyebrow");
        panel.add(label, new H3(item.title()));
        if (item.practiceId() == null && disclosure.isDisclosureItem(item.id())) {
            panel.add(new DisclosureSessionPanel(disclosure, session.coupleId()));
        }
        if (item.practiceId() != null) {
            practices.byId(item.practiceId()).ifPresent(practice -> {
                panel.add(new Paragraph(practice.summary()));
                var prompts = new UnorderedList();
                practice.prompts().forEach(prompt -> prompts.add(PracticeView.promptItem(prompt)));
                prompts.addClassName("tw-prompts");
                var heading = new Span("Prompts");
                heading.addClassName("tw-eyebrow");
                var link = new Anchor(RouteConfiguration.forSessionScope().getUrl(PracticeView.class,
                        PracticeView.parameters(practice.slug())), "Open the practice");
                link.setTarget("_blank");
                var assign = assignButton(practice.id(), "Assign as homework");
                var actions = new Div(assign, link);
                actions.addClassName("tw-item-actions");
                panel.add(heading, prompts);
                if (practice.hasHurtPartnerPart()) {
                    panel.add(PracticeView.hurtPartnerPart(practice));
                }
                panel.add(actions);
            });
        }
    }

    private Button assignButton(Long practiceId, String label) {
        var assign = new Button(label, VaadinIcon.CLIPBOARD_CHECK.create(), click -> new AssignHomeworkDialog(homework,
                practices, couples.couple(session.coupleId()), practiceId, sessionId, () -> { }).open());
        assign.setId("assign-from-session");
        return assign;
    }

    private Div templateTools() {
        var tools = new Div();
        var saveTemplate = new Button("Save agenda as template", click -> new TemplateDialogs(templates, sessionId,
                this::run).openSave());
        saveTemplate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var applyTemplate = new Button("Add items from a template", click -> new TemplateDialogs(templates, sessionId,
                this::run).openApply());
        applyTemplate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tools.add(saveTemplate, applyTemplate, new DisclosureAgendaButton(disclosure, session.coupleId(), sessionId,
                () -> sessions.addFreeItem(sessionId, DisclosureAgendaButton.ITEM_TITLE,
                        DisclosureAgendaButton.ITEM_MINUTES).agenda().getLast().id(),
                () -> show(sessions.session(sessionId))));
        return tools;
    }

    /**
     * Once the session has ended, the notes taken on each item, read-only beside the summary: the moment the
     * therapist writes it is when they are needed.
     */
    private void showEndedItemNotes(SessionDetails details) {
        if (details.status() != SessionStatus.ENDED || endedItemNotes != null) {
            return;
        }
        endedItemNotes = new Div();
        endedItemNotes.addClassName("tw-ended-item-notes");
        endedItemNotes.setId("ended-item-notes");
        var heading = new H3("Your notes on each item");
        endedItemNotes.add(heading);
        List<ItemNote> written = notes.myItemNotes(sessionId);
        if (written.isEmpty()) {
            endedItemNotes.add(new Paragraph("You wrote no notes on the agenda items."));
        }
        for (ItemNote note : written) {
            var title = new H4(note.itemTitle());
            var body = new Paragraph(note.body());
            body.addClassName("tw-note-readonly");
            endedItemNotes.add(title, body);
        }
        notesPanel.add(endedItemNotes);
    }

    private void showItemNotes(SessionDetails details) {
        showEndedItemNotes(details);
        Long currentId = details.current().map(AgendaEntry::id).orElse(null);
        if (Objects.equals(currentId, itemNotesFor)) {
            return;
        }
        if (currentId == null) {
            notesPanel.remove(itemNotes);
            itemNotes = null;
            itemNotesFor = null;
        } else {
            showItemNotes(notes.open(sessionId, currentId), details.current().get().title());
        }
    }

    private void showItemNotes(NoteSnapshot opened, String itemTitle) {
        if (itemNotes != null) {
            notesPanel.remove(itemNotes);
        }
        itemNotesFor = opened.agendaItemId();
        itemNotes = new NotesEditor(notes, sessionId, opened, "Notes on " + itemTitle, zone);
        itemNotes.textArea().setId("item-notes");
        notesPanel.add(itemNotes);
    }

    private void togglePause() {
        run(() -> session.status() == SessionStatus.PAUSED ? sessions.resume(sessionId) : sessions.pause(sessionId));
    }

    private void confirmEnd() {
        long open = session.agenda().stream().filter(AgendaEntry::movable).count();
        var dialog = new ConfirmDialog("End the session?", open == 0 ? "The timer stops and you can write the summary."
                : notReached(open) + "; " + carriedTo(open, session.carriedInto(), zone) + ".", "End session",
                ok -> run(() -> sessions.end(sessionId)));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    static String notReached(long count) {
        return count == 1 ? "1 item was not reached" : count + " items were not reached";
    }

    /** Says exactly where unfinished items go: a session already planned, or the next one to be planned. */
    static String carriedTo(long count, java.time.Instant into, ZoneId zone) {
        String them = count == 1 ? "it" : "they";
        return into == null ? them + " will go on the agenda of the next session you plan for this couple"
                : them + " will be added to the session planned for " + ViewerDates.dayAndTime(into, zone);
    }

    /** Saves the notes first, so a session action never loses typing; then applies the change. */
    private boolean run(Supplier<SessionDetails> change) {
        saveNotes();
        try {
            show(change.get());
            return true;
        } catch (SessionStateException | jakarta.validation.ConstraintViolationException refused) {
            var message = refused instanceof SessionStateException ? refused.getMessage()
                    : "That value is outside what a session allows.";
            Notification.show(message, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return false;
        }
    }

    private void saveNotes() {
        if (sessionNotes != null) {
            sessionNotes.save();
        }
        if (itemNotes != null) {
            itemNotes.save();
        }
    }

    SessionDetails current() {
        return session;
    }
}
