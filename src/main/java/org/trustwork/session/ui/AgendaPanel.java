package org.trustwork.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trustwork.base.domain.Text;
import org.trustwork.practice.AsksOf;
import org.trustwork.practice.Phase;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;
import org.trustwork.session.AgendaItem;
import org.trustwork.session.AgendaItemStatus;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionViews.AgendaEntry;
import org.trustwork.session.SessionViews.PracticeHistory;
import org.trustwork.session.SessionViews.SessionDetails;

/** The session's agenda: add practices and free items, give each a time box, put them in order. */
class AgendaPanel extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final SessionService sessions;
    private final PracticeService practices;
    private final long sessionId;
    private final SessionAction act;
    private final Grid<AgendaEntry> grid = new Grid<>();
    /** The rows on screen; identified by item id, so a changed row can be redrawn on its own. */
    private final List<AgendaEntry> rows = new ArrayList<>();
    private final ListDataProvider<AgendaEntry> rowProvider = new ListDataProvider<>(rows) {
        @Override
        public Object getId(AgendaEntry entry) {
            return entry.id();
        }
    };
    private final Paragraph total = new Paragraph();
    private final Div adders = new Div();
    private final ZoneId zone;
    private AgendaEntry dragged;
    private SessionDetails session;

    /** {@code act} runs a service call and shows its result, or tells the therapist why it could not be done. */
    AgendaPanel(SessionService sessions, PracticeService practices, long coupleId, long sessionId,
                SessionAction act, ZoneId zone) {
        this.sessions = sessions;
        this.practices = practices;
        this.sessionId = sessionId;
        this.act = act;
        this.zone = zone;
        addClassNames("tw-panel", "tw-agenda-panel");

        grid.addClassName("tw-agenda-grid");
        grid.setAriaLabel("Agenda");
        grid.setItems(rowProvider);
        grid.addComponentColumn(this::row).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setRowsDraggable(true);
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
        grid.addDragEndListener(end -> {
            dragged = null;
            grid.setDropMode(null);
        });
        grid.addDragStartListener(start -> grid.setDropMode(GridDropMode.BETWEEN));
        grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
            if (dragged == null || dragged.equals(target)) {
                return;
            }
            int index = session.agenda().indexOf(target);
            int from = session.agenda().indexOf(dragged);
            int newIndex = drop.getDropLocation() == GridDropLocation.BELOW ? index + 1 : index;
            if (from < newIndex) {
                newIndex--;
            }
            int destination = newIndex;
            act.run(() -> sessions.moveItem(sessionId, dragged.id(), destination));
        }));
        grid.setEmptyStateText("Nothing on the agenda yet. Add a practice or a free item below.");

        total.addClassName("tw-agenda-total");
        adders.add(practicePicker(coupleId), freeItemAdder());
        add(new H3("Agenda"), total, grid, adders);
    }

    void show(SessionDetails details) {
        SessionDetails before = session;
        session = details;
        showRows(before, details);
        int minutes = details.agendaMinutes();
        total.setText(minutes + " of " + details.plannedMinutes() + " planned minutes on the agenda"
                + (minutes > details.plannedMinutes() ? " — more than the session allows" : ""));
        total.setClassName("tw-over-plan", minutes > details.plannedMinutes());
        adders.setVisible(details.status() != SessionStatus.ENDED);
        grid.setRowsDraggable(details.status() != SessionStatus.ENDED);
    }

    /**
     * Every row is a dozen components (field, buttons, icons, tooltips), so only the rows whose item changed are
     * drawn again (Next item: two rows instead of all). A row also depends on its place in the whole agenda and on
     * whether the session has ended, so any change to those draws every row again.
     */
    private void showRows(SessionDetails before, SessionDetails details) {
        List<AgendaEntry> shown = details.agenda().stream().filter(e -> e.status() != AgendaItemStatus.CARRIED).toList();
        boolean sameLayout = before != null && before.status() == details.status()
                && before.agenda().stream().map(AgendaEntry::id).toList()
                        .equals(details.agenda().stream().map(AgendaEntry::id).toList())
                && rows.stream().map(AgendaEntry::id).toList().equals(shown.stream().map(AgendaEntry::id).toList());
        if (!sameLayout) {
            rows.clear();
            rows.addAll(shown);
            rowProvider.refreshAll();
            return;
        }
        for (int i = 0; i < shown.size(); i++) {
            if (!rows.get(i).equals(shown.get(i))) {
                rows.set(i, shown.get(i));
                rowProvider.refreshItem(shown.get(i));
            }
        }
    }

    private HorizontalLayout row(AgendaEntry entry) {
        var title = new Span(entry.title());
        title.addClassName("tw-agenda-title");
        var row = new HorizontalLayout();
        row.addClassName("tw-agenda-row");
        row.setSpacing(false);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.setClassName("tw-current", entry.status() == AgendaItemStatus.CURRENT);
        row.setClassName("tw-finished", entry.status() == AgendaItemStatus.DONE
                || entry.status() == AgendaItemStatus.SKIPPED);
        row.add(statusIcon(entry), title);
        if (entry.movable() && session.status() != SessionStatus.ENDED) {
            var minutes = new IntegerField();
            minutes.setValue(entry.timeBoxMinutes());
            minutes.setMin(AgendaItem.TIME_BOX_MIN);
            minutes.setMax(AgendaItem.TIME_BOX_MAX);
            minutes.setWidth("5.5em");
            minutes.setSuffixComponent(new Span("min"));
            minutes.setAriaLabel("Minutes for " + entry.title());
            minutes.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
            minutes.addValueChangeListener(change -> {
                Integer value = change.getValue();
                if (value != null && value >= AgendaItem.TIME_BOX_MIN && value <= AgendaItem.TIME_BOX_MAX) {
                    act.run(() -> sessions.setTimeBox(sessionId, entry.id(), value));
                }
            });
            int index = session.agenda().indexOf(entry);
            row.add(minutes,
                    iconButton(VaadinIcon.ARROW_UP, "Move " + entry.title() + " up",
                            () -> sessions.moveItem(sessionId, entry.id(), index - 1)),
                    iconButton(VaadinIcon.ARROW_DOWN, "Move " + entry.title() + " down",
                            () -> sessions.moveItem(sessionId, entry.id(), index + 1)),
                    iconButton(VaadinIcon.CLOSE_SMALL, "Remove " + entry.title(),
                            () -> sessions.removeItem(sessionId, entry.id())));
        } else {
            var minutes = new Span(entry.status() == AgendaItemStatus.DONE || entry.status() == AgendaItemStatus.SKIPPED
                    ? Math.round(entry.spentMillis() / 60_000.0) + " of " + entry.timeBoxMinutes() + " min"
                    : entry.timeBoxMinutes() + " min");
            minutes.addClassName("tw-meta");
            row.add(minutes);
        }
        return row;
    }

    private static Span statusIcon(AgendaEntry entry) {
        var label = new Span(switch (entry.status()) {
            case CURRENT -> "▶";
            case DONE -> "✓";
            case SKIPPED -> "–";
            default -> "○";
        });
        label.getElement().setAttribute("aria-label", entry.status().label());
        label.getElement().setAttribute("title", entry.status().label());
        label.setWidth("1.4em");
        return label;
    }

    private Button iconButton(VaadinIcon icon, String label, Supplier<SessionDetails> action) {
        var button = new Button(icon.create(), click -> act.run(action));
        button.setAriaLabel(label);
        button.setTooltipText(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Details practicePicker(long coupleId) {
        Map<Long, PracticeHistory> history = sessions.practiceHistory(coupleId);
        var phase = new Select<Phase>();
        phase.setLabel("Phase");
        phase.setItems(Phase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption("All");
        phase.setItemLabelGenerator(p -> p == null ? "All" : p.label());
        var asksOf = new Select<AsksOf>();
        asksOf.setLabel("Asks most of");
        asksOf.setItems(practices.asksOfInUse());
        asksOf.setEmptySelectionAllowed(true);
        asksOf.setEmptySelectionCaption("Anyone");
        asksOf.setItemLabelGenerator(a -> a == null ? "Anyone" : a.label());
        var picker = new ComboBox<PracticeInfo>("Practice");
        picker.setWidthFull();
        picker.setItemLabelGenerator(p -> p.number() + ". " + p.title());
        picker.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> {
            var line = new Div(new Span(p.number() + ". " + p.title()));
            PracticeHistory worked = history.get(p.id());
            var meta = new Span(p.phase().label() + " · " + p.asksOf().label() + (worked == null ? " · not yet worked on"
                    : " · worked on " + worked.timesWorkedOn() + "×, last " + DAY.format(worked.lastWorkedOn().atZone(zone))));
            meta.addClassName("tw-meta");
            line.add(new Div(meta));
            return line;
        }));
        Runnable refill = () -> picker.setItems(practices.search(
                new PracticeFilter(null, phase.getValue(), asksOf.getValue())));
        refill.run();
        phase.addValueChangeListener(change -> refill.run());
        asksOf.addValueChangeListener(change -> refill.run());
        var add = new Button("Add practice", VaadinIcon.PLUS.create(), click -> {
            if (picker.getValue() == null) {
                picker.setInvalid(true);
                picker.setErrorMessage("Choose a practice first");
                return;
            }
            long practiceId = picker.getValue().id();
            if (act.run(() -> sessions.addPractice(sessionId, practiceId))) {
                picker.clear();
            }
        });
        add.setId("add-practice");
        var filters = new HorizontalLayout(phase, asksOf);
        filters.setWidthFull();
        filters.setFlexGrow(1, phase, asksOf);
        var content = new Div(filters, picker, add);
        var details = new Details("Add a practice", content);
        details.setOpened(true);
        return details;
    }

    private Details freeItemAdder() {
        var title = new TextField("Item");
        title.setPlaceholder("e.g. Check-in, Homework review");
        title.setMaxLength(AgendaItem.TITLE_MAX);
        title.setWidthFull();
        var minutes = new IntegerField("Minutes");
        minutes.setValue(10);
        minutes.setMin(AgendaItem.TIME_BOX_MIN);
        minutes.setMax(AgendaItem.TIME_BOX_MAX);
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("8em");
        var add = new Button("Add item", VaadinIcon.PLUS.create(), click -> {
            if (!Text.hasText(title.getValue())) {
                title.setInvalid(true);
                title.setErrorMessage("Name the item");
                return;
            }
            if (minutes.getValue() == null || minutes.isInvalid()) {
                minutes.setInvalid(true);
                minutes.setErrorMessage("Between " + AgendaItem.TIME_BOX_MIN + " and " + AgendaItem.TIME_BOX_MAX);
                return;
            }
            String name = title.getValue();
            int length = minutes.getValue();
            if (act.run(() -> sessions.addFreeItem(sessionId, name, length))) {
                title.clear();
            }
        });
        add.setId("add-free-item");
        var line = new HorizontalLayout(title, minutes);
        line.setWidthFull();
        line.setFlexGrow(1, title);
        var details = new Details("Add a free item", new Div(line, add));
        details.setOpened(true);
        return details;
    }

    List<AgendaEntry> shownItems() {
        return grid.getListDataView().getItems().toList();
    }
}
