package org.trustwork.partner.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.homework.HomeworkEvent;
import org.trustwork.progress.ProgressEvent;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.Notices;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkException;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.PartnerTask;
import org.trustwork.homework.HomeworkViews.Reflection;
import org.trustwork.homework.ReflectionVisibility;
import org.trustwork.progress.CheckInService;
import org.trustwork.progress.ProgressViews.OpenQuestionnaire;
import org.trustwork.security.CurrentUser;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionViews.NextSession;

/**
 * A partner's homework, phone first: today's, then the rest of this week. What was missed lately is folded into
 * one line per assignment, older misses age out of the page, and the whole history is one tap away.
 */
@Route("my-homework")
@PageTitle("My homework")
@Menu(title = "My homework", order = 30, icon = "vaadin:check-square-o")
@RolesAllowed(Role.PARTNER_NAME)
public class MyHomeworkView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final HomeworkService homework;
    private final CheckInService checkIns;
    private final SessionService sessions;
    private final ClinicCalendar calendar;
    private final CoupleDetails couple;
    /** The other partner's name, for saying who can read a reflection. */
    private final String otherPartner;
    private final Div sections = new Div();
    private final ZoneId zone = BrowserTime.zone();

    MyHomeworkView(HomeworkService homework, CheckInService checkIns, SessionService sessions, CoupleService couples,
                   ClinicCalendar calendar, LiveUpdates liveUpdates, CurrentUser currentUser,
                   org.trustwork.safety.SafetyService safety) {
        this.homework = homework;
        this.checkIns = checkIns;
        this.sessions = sessions;
        this.calendar = calendar;
        this.couple = couples.myCouple();
        liveUpdates.follow(this, HomeworkEvent.class, e -> e.coupleId() == couple.id(), this::refresh);
        liveUpdates.follow(this, ProgressEvent.class, e -> e.coupleId() == couple.id(), this::refresh);
        long me = currentUser.accountId();
        this.otherPartner = couple.partners().stream().filter(p -> p.accountId() != me)
                .map(p -> p.displayName().split(" ")[0]).findFirst().orElse("your partner");
        addClassNames("tw-page", "tw-homework-page");
        sections.setWidthFull();
        var reminders = new Checkbox("E-mail me a reminder on days homework is due", couples.myRemindersEnabled());
        reminders.addValueChangeListener(change -> {
            couples.setMyRemindersEnabled(change.getValue());
            Notices.show(change.getValue() ? "Reminders on" : "Reminders off");
        });
        add(new org.trustwork.safety.ui.SafetyScreenPrompt(safety), sections, reminders);
        refresh();
    }

    private void refresh() {
        sections.removeAll();
        sessions.nextSessionForMyCouple().ifPresent(next -> sections.add(nextSession(next)));
        List<OpenQuestionnaire> questionnaires = checkIns.myOpenQuestionnaires();
        List<PartnerTask> tasks = homework.myCurrentTasks();
        LocalDate today = calendar.today();
        LocalDate weekEnd = today.plusDays(6);
        if (tasks.isEmpty() && questionnaires.isEmpty()) {
            var empty = new Div(new H2("Nothing assigned yet"),
                    new Paragraph("When " + couple.therapistName() + " gives you something to practise between "
                            + "sessions, it will appear here with instructions and a due date."),
                    new Anchor("practices", "Meanwhile, read about the practices"));
            empty.addClassNames("tw-card", "tw-empty");
            sections.add(empty, new PartnersPracticeSection(homework, this::refresh), historyLink());
            return;
        }
        // Today: what is due today, and whatever was ticked off today, so its reflection is one tap away.
        Predicate<PartnerTask> isToday = t -> t.dueDate().equals(today)
                || t.done() && calendar.dayOf(t.completedAt()).equals(today);
        today(questionnaires, tasks.stream().filter(isToday).toList());
        var thisWeek = upcoming("This week", tasks,
                t -> !t.done() && t.dueDate().isAfter(today) && !t.dueDate().isAfter(weekEnd), Map.of());
        missed(tasks.stream().filter(t -> !t.done() && t.dueDate().isBefore(today)).toList());
        sections.add(new PartnersPracticeSection(homework, this::refresh));
        doneLately(tasks.stream().filter(t -> t.done() && !isToday.test(t)).toList().reversed());
        // Later shows only what has nothing sooner: a daily practice is already in This week.
        upcoming("Later", tasks, t -> !t.done() && t.dueDate().isAfter(weekEnd), thisWeek);
        sections.add(historyLink());
    }

    private void today(List<OpenQuestionnaire> questionnaires, List<PartnerTask> due) {
        var section = section("Today", "tw-today");
        // What the therapist asked for comes first: otherwise it waits unseen until Check-in is opened.
        questionnaires.forEach(q -> section.add(questionnaireCard(q)));
        if (due.isEmpty() && questionnaires.isEmpty()) {
            var nothing = new Paragraph("Nothing due today.");
            nothing.addClassName("tw-meta");
            section.add(nothing);
        }
        // Open ones first: they are what the partner came for.
        due.stream().filter(t -> !t.done()).forEach(task -> section.add(card(task)));
        due.stream().filter(PartnerTask::done).forEach(task -> section.add(card(task)));
        sections.add(section);
    }

    /** When the couple meets next, with a calendar file that says no more than "Couples session". */
    private Div nextSession(NextSession next) {
        var when = next.start().atZone(zone);
        var text = new Span(new Span("Next session"), new Span(DAY.format(when) + ", " + TIME.format(when) + "–"
                + TIME.format(next.end().atZone(zone))));
        text.addClassName("tw-next-session-when");
        var calendarFile = new Anchor((DownloadEvent event) -> {
            byte[] file = sessions.calendarFileForMyCouple(next.sessionId()).getBytes(StandardCharsets.UTF_8);
            event.setFileName("couples-session.ics");
            event.setContentType("text/calendar; charset=utf-8");
            event.setContentLength(file.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        }, "Add to calendar");
        calendarFile.setId("next-session-ics");
        calendarFile.addClassName("tw-next-session-ics");
        var box = new Div(VaadinIcon.CALENDAR_CLOCK.create(), text, calendarFile);
        box.addClassName("tw-next-session");
        return box;
    }

    private Article questionnaireCard(OpenQuestionnaire q) {
        var title = new H3(q.measure().name());
        var meta = new Paragraph("Questionnaire · your therapist asked for it on "
                + DAY.format(q.requestedAt().atZone(zone)) + " · " + q.measure().items().size()
                + " questions, a few minutes");
        meta.addClassName("tw-meta");
        var answer = new Button("Answer now", VaadinIcon.EDIT.create(), click -> UI.getCurrent()
                .navigate("check-in", QueryParameters.of("answer", String.valueOf(q.requestId()))));
        answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.getElement().setAttribute("data-request", String.valueOf(q.requestId()));
        var actions = new Div(answer);
        actions.addClassName("tw-task-actions");
        var card = new Article(title, meta, actions);
        card.addClassNames("tw-card", "tw-task", "tw-questionnaire-request");
        return card;
    }

    private Div section(String title, String style) {
        var heading = new H2(title);
        heading.addClassName("tw-section-title");
        var section = new Div(heading);
        section.addClassNames("tw-homework-section", style);
        return section;
    }

    /**
     * Upcoming homework: the next occurrence of each assignment, and how many more follow in the section.
     * Assignments already shown in {@code shownBefore} are left out; returns what this section showed.
     */
    private Map<Long, List<PartnerTask>> upcoming(String title, List<PartnerTask> tasks,
                                                  Predicate<PartnerTask> filter,
                                                  Map<Long, List<PartnerTask>> shownBefore) {
        var byAssignment = new LinkedHashMap<Long, List<PartnerTask>>();
        tasks.stream().filter(filter).filter(t -> !shownBefore.containsKey(t.assignmentId()))
                .forEach(t -> byAssignment.computeIfAbsent(t.assignmentId(), id -> new ArrayList<>()).add(t));
        if (byAssignment.isEmpty()) {
            return byAssignment;
        }
        var section = section(title, "tw-upcoming");
        byAssignment.values().forEach(occurrences -> {
            Article card = card(occurrences.getFirst());
            if (occurrences.size() > 1) {
                var more = new Paragraph("and " + (occurrences.size() - 1) + " more " + title.toLowerCase()
                        + ", until " + DAY.format(occurrences.getLast().dueDate()));
                more.addClassName("tw-meta");
                card.add(more);
            }
            section.add(card);
        });
        sections.add(section);
        return byAssignment;
    }

    /** One line per assignment for what was not marked done lately, opening to tick off any done after all. */
    private void missed(List<PartnerTask> missed) {
        if (missed.isEmpty()) {
            return;
        }
        var byAssignment = new LinkedHashMap<Long, List<PartnerTask>>();
        missed.forEach(t -> byAssignment.computeIfAbsent(t.assignmentId(), id -> new ArrayList<>()).add(t));
        var section = section("Not marked done lately", "tw-missed");
        byAssignment.values().forEach(occurrences -> {
            var summary = new Span(new Span(occurrences.getFirst().title()), new Span(missedTimes(occurrences.size())));
            summary.addClassName("tw-missed-summary");
            var hint = new Paragraph("That happens. If you did one after all, tick it off here.");
            hint.addClassName("tw-meta");
            var days = new Div(hint);
            days.addClassName("tw-missed-days");
            occurrences.reversed().forEach(task -> {
                var day = new Span("Due " + DAY.format(task.dueDate()));
                var did = new Button("I did it", click -> act(() -> homework.markDone(task.occurrenceId())));
                did.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                did.setAriaLabel("I did it, " + task.title() + ", due " + DAY.format(task.dueDate()));
                did.getElement().setAttribute("data-occurrence", String.valueOf(task.occurrenceId()));
                var row = new Div(day, did);
                row.addClassName("tw-missed-day");
                days.add(row);
            });
            var line = new Details(summary, days);
            line.addClassNames("tw-card", "tw-missed-line");
            section.add(line);
        });
        sections.add(section);
    }

    static String missedTimes(int times) {
        return (times == 1 ? "missed once" : "missed " + times + " times") + " in the last "
                + HomeworkService.MISSED_SHOWN_DAYS / 7 + " weeks";
    }

    private void doneLately(List<PartnerTask> done) {
        if (done.isEmpty()) {
            return;
        }
        var cards = new Div();
        done.forEach(task -> cards.add(card(task)));
        var folded = new Details("Done lately (" + done.size() + ")", cards);
        folded.addClassName("tw-done-lately");
        var section = new Div(folded);
        section.addClassName("tw-homework-section");
        sections.add(section);
    }

    private RouterLink historyLink() {
        var link = new RouterLink("All past homework", MyHomeworkHistoryView.class);
        link.addClassName("tw-history-link");
        return link;
    }

    private Article card(PartnerTask task) {
        var title = new H3(task.title());
        var meta = new Paragraph((task.done() ? "Done " + DAY.format(task.completedAt().atZone(zone)) + " at "
                + TIME.format(task.completedAt().atZone(zone)) + (task.completedBy() != null && task.together()
                ? " by " + task.completedBy() : "")
                : "Due " + DAY.format(task.dueDate())) + (task.together() ? " · together" : " · just you"));
        meta.addClassName("tw-meta");
        var practice = new Anchor("practices/" + task.practiceSlug(), task.practiceTitle());
        practice.addClassName("tw-meta");
        var instructions = new Paragraph(task.instructions());
        instructions.addClassName("tw-instructions");
        var details = new Details("Instructions", new Div(instructions, practice));
        details.setOpened(!task.done());
        var card = new Article(title, meta);
        card.addClassNames("tw-card", "tw-task");
        if (task.noteToPartners() != null) {
            var note = new Paragraph("From your therapist: " + task.noteToPartners());
            note.addClassName("tw-therapist-note");
            card.add(note);
        }
        card.add(details, actions(task));
        if (task.myReflection() != null) {
            var own = reflectionSummary("Your reflection", task.myReflection());
            var readers = new Paragraph(readers(task.myReflection().visibility()));
            readers.addClassName("tw-reflection-readers");
            own.add(readers);
            card.add(own);
        }
        task.sharedWithMe().forEach(r -> card.add(reflectionSummary(r.authorName() + " shared", r)));
        if (task.landingSharedWithMe() != null) {
            var l = task.landingSharedWithMe();
            var landed = new Paragraph("How it landed for " + l.authorName() + ": " + l.landed().label()
                    + (l.note() == null ? "" : " — " + l.note()));
            landed.addClassNames("tw-reflection", "tw-landing-shared");
            card.add(landed);
        }
        return card;
    }

    /** Who can read the partner's own reflection, in their words, with the other partner's real name. */
    String readers(ReflectionVisibility visibility) {
        return visibility == ReflectionVisibility.THERAPIST_ONLY
                ? "Only your therapist can read this."
                : "You, " + otherPartner + " and your therapist can read this.";
    }

    private Div actions(PartnerTask task) {
        var actions = new Div();
        actions.addClassName("tw-task-actions");
        if (!task.done()) {
            var done = new Button("Mark done", VaadinIcon.CHECK.create(), click -> act(() -> homework.markDone(task.occurrenceId())));
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            done.getElement().setAttribute("data-occurrence", String.valueOf(task.occurrenceId()));
            actions.add(done);
        } else {
            var check = new Span("✓ Done");
            check.addClassNames("tw-badge", "tw-badge-success");
            actions.add(check);
            if (task.canUndo()) {
                var undo = new Button("Undo", click -> act(() -> homework.undo(task.occurrenceId())));
                undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(undo);
            }
            var reflect = new Button(task.myReflection() == null ? "Write a reflection" : "Edit reflection",
                    VaadinIcon.PENCIL.create(), click -> new ReflectionDialog(homework, task, otherPartner, this::refresh).open());
            reflect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            reflect.getElement().setAttribute("data-reflect", String.valueOf(task.occurrenceId()));
            actions.add(reflect);
        }
        return actions;
    }

    private static Div reflectionSummary(String label, Reflection reflection) {
        var heading = new Span(label + " · difficulty " + reflection.difficulty() + "/5 · helpful "
                + reflection.helpfulness() + "/5");
        heading.addClassName("tw-meta");
        var box = new Div(heading);
        box.addClassName("tw-reflection");
        if (reflection.body() != null) {
            var text = new Paragraph(reflection.body());
            text.getStyle().set("white-space", "pre-line");
            box.add(text);
        }
        return box;
    }

    private void act(Runnable change) {
        try {
            change.run();
        } catch (HomeworkException refused) {
            Notices.show(refused.getMessage());
        }
        refresh();
    }

}
