package org.trustwork.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.session.AgendaItemStatus;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionViews.AgendaEntry;
import org.trustwork.session.SessionViews.SessionDetails;
import org.trustwork.session.TherapySession;

/** After the session: planned against actual time, what carries over, and the summary the couple will read. */
class SummaryPanel extends Div {

    private final Grid<AgendaEntry> times = new Grid<>();
    private final TextArea summary = new TextArea("Summary for the couple");
    private final Paragraph publishedNote = new Paragraph();
    private final Paragraph carriedNote = new Paragraph();
    private final Span draftStatus = new Span();
    private final java.time.Clock clock;
    private boolean published;
    private final Button publish;
    private final ZoneId zone;

    SummaryPanel(SessionService sessions, long sessionId, SessionAction act, ZoneId zone, java.time.Clock clock) {
        this.clock = clock;
        addClassNames("tw-panel", "tw-summary-panel");
        times.setAriaLabel("Planned and actual minutes");
        times.addColumn(AgendaEntry::title).setHeader("Item").setFlexGrow(1);
        times.addColumn(e -> e.timeBoxMinutes() + " min").setHeader("Planned").setAutoWidth(true);
        times.addColumn(e -> e.status() == AgendaItemStatus.CARRIED ? "—" : Math.round(e.spentMillis() / 60_000.0) + " min")
                .setHeader("Actual").setAutoWidth(true);
        times.addColumn(e -> e.status().label()).setHeader("Outcome").setAutoWidth(true);
        times.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        times.setAllRowsVisible(true);

        summary.setWidthFull();
        summary.setMinHeight("10rem");
        summary.setMaxLength(TherapySession.SUMMARY_MAX);
        summary.setHelperText("Agreements and what you worked on. Both partners will read exactly this text, "
                + "and nothing else from the session: your private notes stay private.");
        var save = new Button("Save draft", click -> {
            if (act.run(() -> sessions.saveSharedSummary(sessionId, summary.getValue()))) {
                // Beside "Not published yet" / "Published …" below, which already says what the couple sees.
                draftStatus.setText("Draft saved " + ViewerDates.time(clock.instant(), zone) + ".");
            }
        });
        save.setId("save-summary");
        draftStatus.setId("draft-status");
        draftStatus.addClassName("tw-meta");
        draftStatus.getElement().setAttribute("aria-live", "polite");
        summary.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                draftStatus.setText("");
            }
        });
        publish = new Button("Publish to the couple", click -> {
            var confirm = new ConfirmDialog("Publish the summary?",
                    "Both partners will be able to read it from now on.", "Publish",
                    ok -> act.run(() -> {
                        sessions.saveSharedSummary(sessionId, summary.getValue());
                        return sessions.publishSummary(sessionId);
                    }));
            confirm.setCancelable(true);
            confirm.open();
        });
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("publish-summary");
        publishedNote.addClassName("tw-meta");
        carriedNote.addClassName("tw-meta");
        carriedNote.setId("carried-note");
        add(new H3("How the time was spent"), times, carriedNote, new H3("Shared summary"), summary,
                buttons(save), publishedNote);
        this.zone = zone;
    }

    void show(SessionDetails session) {
        times.setItems(session.agenda());
        long carried = session.agenda().stream().filter(e -> e.status() == AgendaItemStatus.CARRIED).count();
        carriedNote.setVisible(carried > 0);
        carriedNote.setText(carried == 0 ? "" : SessionView.notReached(carried) + (session.carriedInto() == null
                ? ": " + (carried == 1 ? "it goes" : "they go") + " on the agenda of the next session you plan"
                : ": carried over to the session planned for " + ViewerDates.dayAndTime(session.carriedInto(), zone))
                + ".");
        if (summary.isEmpty() && session.sharedSummary() != null) {
            summary.setValue(session.sharedSummary());
        }
        published = session.summaryPublishedAt() != null;
        publishedNote.setText(published ? "Published " + ViewerDates.dayAndTime(session.summaryPublishedAt(), zone)
                + ". Publishing again updates what the couple reads." : "Not published yet: the couple cannot see it.");
        publish.setText(published ? "Publish the update" : "Publish to the couple");
    }

    private HorizontalLayout buttons(Button save) {
        var row = new HorizontalLayout(save, publish, draftStatus);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        return row;
    }

    TextArea summaryField() {
        return summary;
    }
}
