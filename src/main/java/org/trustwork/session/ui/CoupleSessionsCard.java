package org.trustwork.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.time.temporal.ChronoUnit;
import com.vaadin.flow.component.select.Select;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.session.AgendaTemplateService;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionViews.TemplateInfo;
import org.trustwork.session.SessionViews.SessionDetails;
import org.trustwork.session.SessionViews.SessionSummary;
import org.trustwork.session.TherapySession;

/** The couple page's list of sessions, with "plan a session" and "start one now". */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class CoupleSessionsCard extends Div {

    private static final int DEFAULT_MINUTES = 50;
    /** Held sessions listed before "Show all". */
    static final int RECENT = 5;

    private final SessionService sessions;
    private final AgendaTemplateService templates;
    private final long coupleId;
    private final Clock clock;
    private final ZoneId zone;

    public CoupleSessionsCard(SessionService sessions, AgendaTemplateService templates, long coupleId, Clock clock,
                              ZoneId zone) {
        this.sessions = sessions;
        this.templates = templates;
        this.coupleId = coupleId;
        this.clock = clock;
        this.zone = zone;
        addClassName("tw-card");

        var grid = new Grid<SessionSummary>();
        grid.setAriaLabel("Sessions");
        grid.addColumn(s -> ViewerDates.dayAndTime(s.startedAt() != null ? s.startedAt() : s.scheduledStart(), zone))
                .setHeader("When").setAutoWidth(true);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(s -> s.plannedMinutes() + " min").setHeader("Length").setAutoWidth(true);
        grid.addColumn(s -> s.summaryPublished() ? "Shared with the couple" : "—").setHeader("Summary").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        List<SessionSummary> all = sessions.sessionsOf(coupleId);
        // Sessions still to come and the latest held ones; the rest one click away, not a page-long list.
        long upcoming = all.stream().filter(s -> s.status() != SessionStatus.ENDED).count();
        int shown = (int) Math.min(all.size(), upcoming + RECENT);
        grid.setItems(all.subList(0, shown));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No sessions yet.");
        grid.addItemClickListener(click -> open(click.getItem().id()));
        var showAll = new Button("Show all " + all.size() + " sessions", click -> {
            grid.setItems(all);
            click.getSource().setVisible(false);
        });
        showAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showAll.setId("show-all-sessions");
        showAll.setVisible(shown < all.size());

        var plan = new Button("Plan a session", VaadinIcon.CALENDAR.create(), click -> openPlanDialog());
        plan.setId("plan-session");
        var now = new Button("Start a session now", VaadinIcon.PLAY.create(), click -> {
            SessionDetails created = sessions.plan(coupleId, clock.instant(), DEFAULT_MINUTES);
            sessions.start(created.id());
            open(created.id());
        });
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setId("start-session-now");
        var heading = new Div(new H3("Sessions"), new HorizontalLayout(now, plan));
        heading.addClassName("tw-card-heading");
        add(heading, grid, showAll);
    }

    private void openPlanDialog() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Plan a session");
        var when = new DateTimePicker("Date and time");
        when.setStep(java.time.Duration.ofMinutes(15));
        when.setValue(defaultStart(LocalDateTime.now(clock.withZone(zone))));
        var minutes = new IntegerField("Length in minutes");
        minutes.setValue(DEFAULT_MINUTES);
        minutes.setMin(TherapySession.PLANNED_MINUTES_MIN);
        minutes.setMax(TherapySession.PLANNED_MINUTES_MAX);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        var template = new Select<TemplateInfo>();
        template.setLabel("Agenda template (optional)");
        template.setItems(templates.myTemplates());
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption("Start with an empty agenda");
        template.setItemLabelGenerator(t -> t == null ? "Start with an empty agenda"
                : t.name() + " (" + t.steps() + " items, " + t.totalMinutes() + " min)");
        var form = new FormLayout(when, minutes, template);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);
        var save = new Button("Plan and open", click -> {
            boolean ok = true;
            if (when.getValue() == null) {
                when.setInvalid(true);
                when.setErrorMessage("Choose a date and time");
                ok = false;
            }
            Integer length = minutes.getValue();
            if (length == null || length < TherapySession.PLANNED_MINUTES_MIN
                    || length > TherapySession.PLANNED_MINUTES_MAX) {
                minutes.setInvalid(true);
                minutes.setErrorMessage("Between " + TherapySession.PLANNED_MINUTES_MIN + " and "
                        + TherapySession.PLANNED_MINUTES_MAX + " minutes");
                ok = false;
            }
            if (ok) {
                SessionDetails created = sessions.plan(coupleId, when.getValue().atZone(zone).toInstant(), length);
                if (template.getValue() != null) {
                    templates.applyTemplate(created.id(), template.getValue().id());
                }
                dialog.close();
                open(created.id());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("confirm-plan");
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    /** Same time next week if that is a working hour (9:00 to 17:00), otherwise 10:00 that day: never 3:00 AM. */
    static LocalDateTime defaultStart(LocalDateTime now) {
        LocalDateTime nextWeek = now.truncatedTo(ChronoUnit.HOURS).plusDays(7);
        return nextWeek.getHour() >= 9 && nextWeek.getHour() <= 17 ? nextWeek : nextWeek.withHour(10);
    }

    private void open(long sessionId) {
        getUI().ifPresent(ui -> ui.navigate(SessionView.class, SessionView.parameters(sessionId)));
    }
}
