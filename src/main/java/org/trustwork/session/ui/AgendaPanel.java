package org.trustwork.session.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.ZoneId;
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
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.session.AgendaItem;
import org.trustwork.session.AgendaItemStatus;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionViews.AgendaEntry;
import org.trustwork.session.SessionViews.PracticeHistory;
import org.trustwork.session.SessionViews.SessionDetails;

/** The session's agenda: add practices and free items, give each a time box, put them in order. */
class AgendaPanel extends Div {


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
    private final Details practiceAdder;
    private final Details freeItemAdder;
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
        grid.addColumn(rowRenderer()).setFlexGrow(1);
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
        practiceAdder = builtOnFirstOpen("Add a practice", () -> practicePicker(coupleId));
        freeItemAdder = builtOnFirstOpen("Add a free item", this::freeItemForm);
        adders.add(practiceAdder, freeItemAdder);
        add(new H3("Agenda"), total, grid, adders);
    }

    void show(SessionDetails details) {
        SessionDetails before = session;
        session = details;
        if (before == null && (details.status() == SessionStatus.PLANNED
                || details.agenda().stream().noneMatch(AgendaEntry::movable))) {
            // Open while the agenda is being built or has nothing left to do; folded away while items wait,
            // so a running session shows the agenda, the current item and the notes first.
            practiceAdder.setOpened(true);
            freeItemAdder.setOpened(true);
        }
        showRows(before, details);
        int minutes = details.agendaMinutes();
        total.setText(minutes + " of " + details.plannedMinutes() + " planned minutes on the agenda"
                + (minutes > details.plannedMinutes() ? " — more than the session allows" : ""));
        total.setClassName("tw-over-plan", minutes > details.plannedMinutes());
        adders.setVisible(details.status() != SessionStatus.ENDED);
        grid.setRowsDraggable(details.status() != SessionStatus.ENDED);
    }

    /**
     * Only the rows whose item changed are sent again (Next item: two rows instead of all). A row also depends on its
     * place in the whole agenda and on whether the session has ended, so any change to those draws every row again.
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

    /**
     * One template for every row, filled from a few properties per item: a row costs the server a few values
     * instead of a dozen components (field, buttons, icons, tooltips). Lit escapes every bound value, so a title
     * is always shown as text.
     */
    private LitRenderer<AgendaEntry> rowRenderer() {
        return LitRenderer.<AgendaEntry>of("""
                        <div class="tw-agenda-row ${item.state}">
                          <span class="tw-agenda-status" role="img" aria-label="${item.statusLabel}"
                                title="${item.statusLabel}">${item.mark}</span>
                          <span class="tw-agenda-title">${item.title}</span>
                          ${item.editable ? html`<span class="tw-agenda-controls">
                            <vaadin-integer-field theme="small" class="tw-agenda-minutes" min="%1$d" max="%2$d"
                                error-message="%1$d to %2$d minutes"
                                .value="${item.minutes}" .accessibleName="${item.minutesLabel}"
                                @change="${e => setMinutes(e.target.value)}"><span slot="suffix">min</span>
                            </vaadin-integer-field>
                            <vaadin-button theme="tertiary-inline icon small" aria-label="${item.upLabel}"
                                @click="${moveUp}"><vaadin-icon icon="vaadin:arrow-up"></vaadin-icon
                                ><vaadin-tooltip slot="tooltip" text="${item.upLabel}"></vaadin-tooltip></vaadin-button>
                            <vaadin-button theme="tertiary-inline icon small" aria-label="${item.downLabel}"
                                @click="${moveDown}"><vaadin-icon icon="vaadin:arrow-down"></vaadin-icon
                                ><vaadin-tooltip slot="tooltip" text="${item.downLabel}"></vaadin-tooltip></vaadin-button>
                            <vaadin-button theme="tertiary-inline icon small" aria-label="${item.removeLabel}"
                                @click="${remove}"><vaadin-icon icon="vaadin:close-small"></vaadin-icon
                                ><vaadin-tooltip slot="tooltip" text="${item.removeLabel}"></vaadin-tooltip></vaadin-button></span>`
                          : html`<span class="tw-meta">${item.minutesText}</span>`}
                        </div>""".formatted(AgendaItem.TIME_BOX_MIN, AgendaItem.TIME_BOX_MAX))
                .withProperty("state", entry -> switch (entry.status()) {
                    case CURRENT -> "tw-current";
                    case DONE, SKIPPED -> "tw-finished";
                    default -> "";
                })
                .withProperty("statusLabel", entry -> entry.status().label())
                .withProperty("mark", entry -> switch (entry.status()) {
                    case CURRENT -> "▶";
                    case DONE -> "✓";
                    case SKIPPED -> "–";
                    default -> "○";
                })
                .withProperty("title", AgendaEntry::title)
                .withProperty("editable", this::editable)
                .withProperty("minutes", entry -> String.valueOf(entry.timeBoxMinutes()))
                .withProperty("minutesLabel", entry -> "Minutes for " + entry.title())
                .withProperty("upLabel", entry -> "Move " + entry.title() + " up")
                .withProperty("downLabel", entry -> "Move " + entry.title() + " down")
                .withProperty("removeLabel", entry -> "Remove " + entry.title())
                .withProperty("minutesText", entry -> entry.status() == AgendaItemStatus.DONE
                        || entry.status() == AgendaItemStatus.SKIPPED
                        ? Math.round(entry.spentMillis() / 60_000.0) + " of " + entry.timeBoxMinutes() + " min"
                        : entry.timeBoxMinutes() + " min")
                .withFunction("setMinutes", (entry, arguments) -> setTimeBox(entry, arguments.path(0).asString("")))
                .withFunction("moveUp", entry -> move(entry, -1))
                .withFunction("moveDown", entry -> move(entry, +1))
                .withFunction("remove", entry -> {
                    if (editable(entry)) {
                        act.run(() -> sessions.removeItem(sessionId, entry.id()));
                    }
                });
    }

    private boolean editable(AgendaEntry entry) {
        return entry.movable() && session.status() != SessionStatus.ENDED;
    }

    /** The browser checks the range as the therapist types; anything else that arrives is left as it was. */
    private void setTimeBox(AgendaEntry entry, String typed) {
        Integer minutes = parseMinutes(typed);
        if (editable(entry) && minutes != null && minutes != entry.timeBoxMinutes()) {
            act.run(() -> sessions.setTimeBox(sessionId, entry.id(), minutes));
        }
    }

    private static Integer parseMinutes(String typed) {
        try {
            int minutes = Integer.parseInt(typed.strip());
            return minutes >= AgendaItem.TIME_BOX_MIN && minutes <= AgendaItem.TIME_BOX_MAX ? minutes : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Moves by one place; the row's place is read from the agenda now, not from when the row was drawn. */
    private void move(AgendaEntry entry, int by) {
        int index = session.agenda().stream().map(AgendaEntry::id).toList().indexOf(entry.id());
        if (editable(entry) && index >= 0) {
            act.run(() -> sessions.moveItem(sessionId, entry.id(), index + by));
        }
    }

    /**
     * A folded section whose form is made the first time it opens: most session screens never use it, and its
     * fields, lists and the couple's practice history would otherwise be built for every one.
     */
    private static Details builtOnFirstOpen(String summary, Supplier<Component> form) {
        var details = new Details(summary);
        details.addOpenedChangeListener(change -> {
            if (change.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(form.get());
            }
        });
        return details;
    }

    private Div practicePicker(long coupleId) {
        Map<Long, PracticeHistory> history = sessions.practiceHistory(coupleId);
        var phase = new Select<Phase>();
        phase.setLabel("Phase");
        phase.setItems(Phase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption("All");
        phase.setItemLabelGenerator(p -> p == null ? "All" : p.label());
        var asksOf = new Select<AsksOf>();
        asksOf.setLabel("Asks of");
        asksOf.setItems(practices.asksOfInUse());
        asksOf.setEmptySelectionAllowed(true);
        asksOf.setEmptySelectionCaption("Anyone");
        asksOf.setItemLabelGenerator(a -> a == null ? "Anyone" : a.label());
        var picker = new ComboBox<PracticeInfo>("Practice");
        picker.setWidthFull();
        picker.setItemLabelGenerator(p -> p.number() + ". " + p.title());
        // A template, not components: the 25 practices would otherwise be a hundred components on every open
        // session screen.
        picker.setRenderer(LitRenderer.<PracticeInfo>of(
                        "<div>${item.name}<div class=\"tw-meta\">${item.meta}</div></div>")
                .withProperty("name", p -> p.number() + ". " + p.title())
                .withProperty("meta", p -> {
                    PracticeHistory worked = history.get(p.id());
                    return p.phase().label() + " · " + p.asksOf().label() + (worked == null ? " · not yet worked on"
                            : " · worked on " + worked.timesWorkedOn() + "×, last "
                                    + ViewerDates.day(worked.lastWorkedOn(), zone));
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
        return new Div(filters, picker, add);
    }

    private Div freeItemForm() {
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
        return new Div(line, add);
    }

    List<AgendaEntry> shownItems() {
        return grid.getListDataView().getItems().toList();
    }
}
