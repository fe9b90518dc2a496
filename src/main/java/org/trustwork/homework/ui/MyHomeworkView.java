package org.trustwork.homework.ui;

import com.vaadin.flow.component.AttachEvent;
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
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Predicate;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.homework.ClinicCalendar;
import org.trustwork.homework.HomeworkException;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.PartnerTask;
import org.trustwork.homework.HomeworkViews.Reflection;

/** A partner's homework, phone first: what is overdue, due today, this week, and what is done. */
@Route("my-homework")
@PageTitle("My homework")
@Menu(title = "My homework", order = 30, icon = "vaadin:check-square-o")
@RolesAllowed(Role.PARTNER_NAME)
public class MyHomeworkView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);

    private final HomeworkService homework;
    private final ClinicCalendar calendar;
    private final LiveUpdates liveUpdates;
    private final CoupleDetails couple;
    private final Div sections = new Div();
    private final ZoneId zone = BrowserTime.zone();
    private LiveUpdates.Subscription subscription;

    MyHomeworkView(HomeworkService homework, CoupleService couples, ClinicCalendar calendar, LiveUpdates liveUpdates) {
        this.homework = homework;
        this.calendar = calendar;
        this.liveUpdates = liveUpdates;
        this.couple = couples.myCouple();
        addClassNames("tw-page", "tw-homework-page");
        sections.setWidthFull();
        var reminders = new Checkbox("E-mail me a reminder on days homework is due", couples.myRemindersEnabled());
        reminders.addValueChangeListener(change -> {
            couples.setMyRemindersEnabled(change.getValue());
            Notification.show(change.getValue() ? "Reminders on" : "Reminders off");
        });
        add(sections, reminders);
        refresh();
    }

    private void refresh() {
        sections.removeAll();
        List<PartnerTask> tasks = homework.myTasks();
        LocalDate today = calendar.today();
        LocalDate weekEnd = today.plusDays(6);
        if (tasks.isEmpty()) {
            var empty = new Div(new H2("Nothing assigned yet"),
                    new Paragraph("When " + couple.therapistName() + " gives you something to practise between "
                            + "sessions, it will appear here with instructions and a due date."),
                    new Anchor("practices", "Meanwhile, read about the practices"));
            empty.addClassNames("tw-card", "tw-empty");
            sections.add(empty);
            return;
        }
        section("Overdue", tasks, t -> !t.done() && t.dueDate().isBefore(today), "tw-overdue");
        section("Today", tasks, t -> !t.done() && t.dueDate().equals(today), null);
        upcoming("This week", tasks, t -> !t.done() && t.dueDate().isAfter(today) && !t.dueDate().isAfter(weekEnd));
        upcoming("Later", tasks, t -> !t.done() && t.dueDate().isAfter(weekEnd));
        section("Done", tasks.reversed(), t -> t.done() && !t.dueDate().isBefore(today.minusWeeks(2)), null);
    }

    private void section(String title, List<PartnerTask> tasks, Predicate<PartnerTask> filter, String style) {
        List<PartnerTask> matching = tasks.stream().filter(filter).toList();
        if (matching.isEmpty()) {
            return;
        }
        var heading = new H2(title + " (" + matching.size() + ")");
        heading.addClassName("tw-section-title");
        var section = new Div(heading);
        section.addClassName("tw-homework-section");
        if (style != null) {
            section.addClassName(style);
        }
        matching.forEach(task -> section.add(card(task)));
        sections.add(section);
    }

    /** Upcoming homework: the next occurrence of each assignment, and how many more follow in the section. */
    private void upcoming(String title, List<PartnerTask> tasks, Predicate<PartnerTask> filter) {
        var byAssignment = new java.util.LinkedHashMap<Long, List<PartnerTask>>();
        tasks.stream().filter(filter).forEach(t -> byAssignment.computeIfAbsent(t.assignmentId(),
                id -> new java.util.ArrayList<>()).add(t));
        if (byAssignment.isEmpty()) {
            return;
        }
        var heading = new H2(title);
        heading.addClassName("tw-section-title");
        var section = new Div(heading);
        section.addClassName("tw-homework-section");
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
            card.add(reflectionSummary("Your reflection", task.myReflection()));
        }
        task.sharedWithMe().forEach(r -> card.add(reflectionSummary(r.authorName() + " shared", r)));
        return card;
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
                    VaadinIcon.PENCIL.create(), click -> new ReflectionDialog(homework, task, this::refresh).open());
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
            Notification.show(refused.getMessage());
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscription = liveUpdates.subscribe(HomeworkService.coupleTopic(couple.id()), this, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
