package org.trustwork.caseload.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.homework.HomeworkEvent;
import org.trustwork.progress.ProgressEvent;
import org.trustwork.emergency.EmergencyAccessService;
import org.trustwork.emergency.ui.EmergencyNotices;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.couple.CoupleStatus;
import org.trustwork.homework.HomeworkService;
import org.trustwork.progress.ProgressService;
import org.trustwork.progress.ProgressViews.CaseloadRow;
import org.trustwork.progress.ProgressViews.LatestScore;
import org.trustwork.security.CurrentUser;

/**
 * The therapist's own couples, and only theirs: last and next session, homework adherence, latest check-in
 * scores with their trend, and active signals. The whole caseload loads in a fixed number of statements;
 * sorting and filtering happen here (a therapist's caseload is tens of couples, not thousands).
 */
@Route("caseload")
@PageTitle("Caseload")
@Menu(title = "Caseload", order = 20, icon = "vaadin:group")
@RolesAllowed(Role.THERAPIST_NAME)
public class CaseloadView extends VerticalLayout implements AfterNavigationObserver {

    private final ProgressService progress;
    private final CurrentUser currentUser;
    private final Grid<CaseloadRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox onlySignals = new Checkbox("Only couples with signals");
    private final Select<CoupleStatus> status = new Select<>();
    private final ZoneId zone = BrowserTime.zone();
    private final EmergencyAccessService emergency;
    private EmergencyNotices notices;
    private boolean shown;

    CaseloadView(ProgressService progress, LiveUpdates liveUpdates, CurrentUser currentUser,
                 EmergencyAccessService emergency, org.trustwork.safety.SafetyService safety) {
        this.progress = progress;
        liveUpdates.follow(this, HomeworkEvent.class, e -> e.therapistAccountId() == currentUser.accountId(),
                this::refresh);
        liveUpdates.follow(this, ProgressEvent.class, e -> e.therapistAccountId() == currentUser.accountId(),
                this::refresh);
        liveUpdates.follow(this, org.trustwork.recovery.RecoveryEvent.class,
                e -> e.therapistAccountId() == currentUser.accountId(), this::refresh);
        this.currentUser = currentUser;
        this.emergency = emergency;
        addClassName("tw-page");
        search.setPlaceholder("Find a couple");
        search.setAriaLabel("Find a couple");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(20rem, 100%)");
        status.setAriaLabel("Status");
        status.setPlaceholder("Any status");
        status.setItems(CoupleStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");

        grid.setAriaLabel("Your couples");
        grid.addColumn(CaseloadRow::displayName).setHeader("Couple").setSortable(true)
                .setComparator(Comparator.comparing(CaseloadRow::displayName)).setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(c -> statusBadge(c.status())).setHeader("Status").setAutoWidth(true)
                .setComparator(Comparator.comparing(CaseloadRow::status));
        grid.addColumn(c -> day(c.lastSession())).setHeader("Last session").setWidth("7rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(CaseloadRow::lastSession, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(c -> day(c.nextSession())).setHeader("Next session").setWidth("7rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(CaseloadRow::nextSession, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addColumn(c -> c.adherence() == null ? "—" : c.adherence() + "%").setHeader("Homework, 2 weeks")
                .setWidth("9rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(CaseloadRow::adherence, Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addComponentColumn(CaseloadView::scores).setHeader("Latest check-in (trend)").setWidth("10.5rem").setFlexGrow(0)
                .setComparator(Comparator.comparing(CaseloadView::lowestLatest, Comparator.nullsLast(Comparator.naturalOrder())));
        var safetySignals = new org.trustwork.safety.ui.SafetyCaseloadSignals(safety);
        grid.addComponentColumn(c -> safetySignals.with(c.coupleId(), signals(c))).setHeader("Signals").setWidth("11rem").setFlexGrow(2)
                .setComparator(Comparator.comparing((CaseloadRow c) -> c.signals().size()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(click -> grid.getUI().ifPresent(
                ui -> ui.navigate(CoupleView.class, CoupleView.parameters(click.getItem().coupleId()))));
        grid.setEmptyStateComponent(new Paragraph("No couples yet. A clinic admin assigns couples to you."));
        search.addValueChangeListener(change -> refresh());
        onlySignals.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());

        var filters = new Div(search, status, onlySignals);
        filters.addClassName("tw-filters");
        notices = new EmergencyNotices(emergency);
        add(notices, new Paragraph("Open a couple to see their record; sort by any column."),
                filters, grid);
        setFlexGrow(1, grid);
        setSizeFull();
        refresh();
    }

    /**
     * Clicking Caseload while on it navigates to the same view, which Vaadin keeps: draw the list and the
     * emergency notices again, so what changed meanwhile (a new notice, a new couple) shows.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (shown) {
            var fresh = new EmergencyNotices(emergency);
            replace(notices, fresh);
            notices = fresh;
            refresh();
        }
        shown = true;
    }

    private void refresh() {
        var rows = new ListDataProvider<>(new java.util.ArrayList<>(progress.caseload(search.getValue())));
        rows.setFilter(row -> (!onlySignals.getValue() || !row.signals().isEmpty())
                && (status.getValue() == null || row.status() == status.getValue()));
        grid.setItems(rows);
    }

    private String day(Instant instant) {
        return instant == null ? "—" : ViewerDates.day(instant, zone);
    }

    private static Component scores(CaseloadRow row) {
        var box = new Div();
        box.addClassName("tw-latest-scores");
        for (LatestScore s : row.latestScores()) {
            String first = s.partnerName().split(" ")[0];
            if (s.latest() == null) {
                box.add(new Div(new Span(first + ": no check-in")));
                continue;
            }
            String trend = s.change() == null || Math.abs(s.change()) < 0.5 ? "steady"
                    : s.change() > 0 ? "up " + fmt(s.change()) : "down " + fmt(-s.change());
            String arrow = trend.startsWith("up") ? "▲" : trend.startsWith("down") ? "▼" : "▬";
            var arrowSpan = new Span(arrow);
            arrowSpan.addClassName(trend.startsWith("down") ? "tw-trend-down" : "tw-trend");
            arrowSpan.getElement().setAttribute("aria-hidden", "true");
            box.add(new Div(new Span(first + " " + fmt(s.latest()) + "/10 "), arrowSpan, new Span(" " + trend)));
        }
        return box;
    }

    private static Component signals(CaseloadRow row) {
        var box = new Div();
        box.addClassName("tw-caseload-signals");
        if (row.signals().isEmpty()) {
            box.add(new Span("—"));
        }
        row.signals().forEach(s -> {
            var badge = new Span(s.kind().label() + (s.partnerName() == null ? "" : " · " + s.partnerName().split(" ")[0]));
            badge.addClassNames("tw-badge", "tw-badge-warning");
            badge.getElement().setAttribute("title", s.text());
            box.add(badge);
        });
        return box;
    }

    private static Double lowestLatest(CaseloadRow row) {
        return row.latestScores().stream().map(LatestScore::latest).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
    }

    static Span statusBadge(CoupleStatus status) {
        var badge = new Span(status.label());
        badge.addClassNames("tw-badge", switch (status) {
            case ACTIVE -> "tw-badge-success";
            case PAUSED -> "tw-badge-warning";
            case CLOSED -> "tw-badge-muted";
        });
        return badge;
    }
}
