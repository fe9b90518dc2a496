package org.trustwork.progress.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.base.ui.RouteIds;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.homework.HomeworkEvent;
import org.trustwork.progress.ProgressEvent;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.progress.CheckInService;
import org.trustwork.progress.MeasureCatalogue;
import org.trustwork.progress.MeasureDefinition;
import org.trustwork.progress.ProgressException;
import org.trustwork.progress.ProgressReport;
import org.trustwork.progress.ProgressService;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.ui.TwoSidedLogCard;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.RequestInfo;
import org.trustwork.progress.ui.DashboardContent.Range;

/** A couple's progress for their therapist: signals, charts over time, practice coverage, reports. */
@Route("couples/:coupleId(\\d+)/progress")
@RolesAllowed(Role.THERAPIST_NAME)
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressService progress;
    private final CheckInService checkIns;
    private final MeasureCatalogue catalogue;
    private final HomeworkService homework;
    private final Select<Range> range = new Select<>();
    private final Div body = new Div();
    private final Div header = new Div();
    private final ZoneId zone = BrowserTime.zone();
    private Dashboard dashboard;

    DashboardView(ProgressService progress, CheckInService checkIns, MeasureCatalogue catalogue,
                  LiveUpdates liveUpdates, HomeworkService homework) {
        this.homework = homework;
        this.progress = progress;
        this.checkIns = checkIns;
        this.catalogue = catalogue;
        // check-ins, questionnaires and homework all change what the dashboard shows
        liveUpdates.follow(this, ProgressEvent.class, e -> dashboard != null && e.coupleId() == dashboard.coupleId(),
                this::reload);
        liveUpdates.follow(this, HomeworkEvent.class, e -> dashboard != null && e.coupleId() == dashboard.coupleId(),
                this::reload);
        addClassNames("tw-page", "tw-dashboard-page");
        range.setLabel("Show");
        range.setItems(Range.values());
        range.setItemLabelGenerator(Range::label);
        range.setValue(Range.SIX_MONTHS);
        range.addValueChangeListener(change -> showBody());
        body.setWidthFull();
        header.setWidthFull();
        add(header, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, "coupleId").orElse(-1L);
        try {
            dashboard = progress.dashboard(id);
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return dashboard == null ? "Progress" : "Progress · " + dashboard.coupleName();
    }

    private void reload() {
        dashboard = progress.load(dashboard.coupleId());
        show();
    }

    private void show() {
        header.removeAll();
        header.addClassName("tw-dashboard-header");
        var back = new Anchor("couples/" + dashboard.coupleId(), "← " + dashboard.coupleName() + ": couple record");
        back.addClassName("tw-back");
        var title = new H2("Progress · " + dashboard.coupleName());
        long weeks = ChronoUnit.WEEKS.between(dashboard.startDate(), dashboard.today());
        long ended = dashboard.sessions().stream().filter(s -> s.ended()).count();
        var meta = new Paragraph("In therapy since " + ViewerDates.day(dashboard.startDate()) + " (" + weeks + " weeks) · "
                + ended + " sessions · " + String.join(" & ", dashboard.partners().stream().map(p -> p.name()).toList()));
        meta.addClassName("tw-meta");
        var tools = new Div(range, askForQuestionnaire(), reports());
        tools.addClassName("tw-dashboard-tools");
        header.add(back, title, meta, tools);
        if (!dashboard.openRequests().isEmpty()) {
            header.add(openRequests());
        }
        showBody();
    }

    private void showBody() {
        body.removeAll();
        if (dashboard != null) {
            body.add(new DashboardContent(dashboard, range.getValue()));
            // Where the partners' accounts of the practices differ, next to the charts they may explain.
            var twoSided = new TwoSidedLogCard(homework, dashboard.coupleId());
            twoSided.addClassName("tw-card");
            body.add(twoSided);
        }
    }

    private Div askForQuestionnaire() {
        var measure = new Select<MeasureDefinition>();
        measure.setLabel("Questionnaire");
        measure.setWidth("17rem");
        measure.setItems(catalogue.questionnaires());
        measure.setItemLabelGenerator(MeasureDefinition::shortName);
        measure.setValue(catalogue.questionnaires().getFirst());
        measure.setId("questionnaire-choice");
        // An instrument about one partner's own reactions (the PCL-5 for the hurt partner) goes to that partner only.
        var who = new Select<PartnerName>();
        who.setLabel("Asked of");
        who.setWidth("12rem");
        who.setEmptySelectionAllowed(true);
        who.setEmptySelectionCaption("Both partners");
        who.setItems(dashboard.partners());
        who.setItemLabelGenerator(p -> p == null ? "Both partners" : p.name());
        who.setId("questionnaire-who");
        var ask = new Button("Ask now", click -> {
            try {
                PartnerName one = who.getValue();
                checkIns.request(dashboard.coupleId(), measure.getValue().code(), one == null ? null : one.accountId());
                Notification.show(measure.getValue().shortName() + " sent to " + (one == null ? "both partners" : one.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (ProgressException e) {
                Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        ask.setId("ask-questionnaire");
        var box = new Div(measure, who, ask);
        box.addClassName("tw-inline-form");
        return box;
    }

    private Div openRequests() {
        var list = new Div();
        list.addClassName("tw-open-requests");
        for (RequestInfo r : dashboard.openRequests()) {
            var text = new Span(r.measureName() + " asked " + ViewerDates.day(r.requestedAt(), zone) + ": "
                    + (r.forPartner() == null ? r.answered() + " of 2 partners answered"
                    : "asked of " + r.forPartner() + ", " + (r.answered() == 0 ? "not answered yet" : "answered")));
            var withdraw = new Button("Withdraw", click -> {
                checkIns.withdraw(r.id());
                reload();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            list.add(new Div(text, withdraw));
        }
        return list;
    }

    /**
     * Report downloads. Each file is made when the link is followed, by the service that checks access and
     * records the export, so a link copied out of the page is worth nothing to anyone else.
     */
    private Div reports() {
        var includeNotes = new Checkbox("Include my private notes and private markers");
        includeNotes.setId("report-include-notes");
        includeNotes.setTooltipText("Only your own notes, and days a partner marked private; leave unticked for a "
                + "report to go through with the couple");
        long coupleId = dashboard.coupleId();
        var pdf = new Anchor((DownloadEvent event) -> send(event,
                progress.reportPdf(coupleId, includeNotes.getValue())), "Report (PDF)");
        pdf.setId("report-pdf");
        var csv = new Anchor((DownloadEvent event) -> send(event, progress.reportCsv(coupleId)), "Data (CSV)");
        csv.setId("report-csv");
        for (Anchor link : new Anchor[] {pdf, csv}) {
            link.addClassName("tw-download");
        }
        var box = new Div(includeNotes, pdf, csv);
        box.addClassName("tw-report-links");
        return box;
    }

    private static void send(DownloadEvent event, ProgressReport report) throws IOException {
        event.setFileName(report.fileName());
        event.setContentType(report.contentType());
        event.setContentLength(report.content().length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(report.content());
        }
    }

}
