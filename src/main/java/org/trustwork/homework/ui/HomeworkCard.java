package org.trustwork.homework.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.trustwork.homework.HomeworkViews;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.homework.HomeworkEvent;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.Adherence;
import org.trustwork.homework.HomeworkViews.Board;
import org.trustwork.homework.HomeworkViews.BoardReflection;
import org.trustwork.homework.HomeworkViews.BoardRow;
import org.trustwork.practice.PracticeService;

/**
 * The couple's homework board: progress, adherence and reflections, updated live as partners work. Current homework
 * (something still to do) comes first; finished homework is one choice away, a page at a time, so a couple with
 * months of history does not get an endless list.
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class HomeworkCard extends Div {

    static final int PAGE = 15;
    private static final int REFLECTIONS_SHOWN = 3;
    private static final int REFLECTIONS_MAX = 20;

    enum Show {
        CURRENT("Current"), FINISHED("Finished"), ALL("All");

        final String label;

        Show(String label) {
            this.label = label;
        }

        boolean includes(BoardRow row) {
            return switch (this) {
                case CURRENT -> row.current();
                case FINISHED -> !row.current();
                case ALL -> true;
            };
        }
    }

    private final HomeworkService homework;
    private final CoupleDetails couple;
    private final Grid<BoardRow> grid = new Grid<>();
    private final Div adherence = new Div();
    private final Div reflections = new Div();
    private final Select<Show> show = new Select<>();
    /** The board opened on "Finished" because nothing was current, not because the therapist picked it. */
    private boolean finishedChosenForThem;
    private final Select<String> forWhom = new Select<>();
    private final TextField search = new TextField();
    private final Button more = new Button();
    private final Paragraph shownCount = new Paragraph();
    private final TwoSidedLogCard twoSided;
    private Board board;
    private int limit = PAGE;

    public HomeworkCard(HomeworkService homework, PracticeService practices, LiveUpdates liveUpdates,
                        CoupleDetails couple) {
        this.homework = homework;
        this.couple = couple;
        liveUpdates.follow(this, HomeworkEvent.class, e -> e.coupleId() == couple.id(), this::refresh);
        addClassName("tw-card");
        setId("homework-board");
        this.twoSided = new TwoSidedLogCard(homework, couple.id());

        var assign = new Button("Assign homework", VaadinIcon.PLUS.create(),
                click -> new AssignHomeworkDialog(homework, practices, couple, null, null, this::refresh).open());
        assign.setId("open-assign-homework");
        grid.setAriaLabel("Homework");
        grid.addColumn(BoardRow::title).setHeader("Homework").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(BoardRow::assignee).setHeader("For").setAutoWidth(true);
        grid.addColumn(row -> schedule(row.schedule())).setHeader("Schedule").setAutoWidth(true);
        grid.addColumn(r -> r.done() + " of " + r.due() + " done").setHeader("So far").setAutoWidth(true);
        grid.addColumn(LitRenderer.<BoardRow>of("<span class=\"${item.badge}\">${item.late}</span>")
                        .withProperty("late", r -> r.late() == 0 ? "—" : r.late() + " late")
                        .withProperty("badge", r -> r.late() == 0 ? "" : "tw-badge tw-badge-warning"))
                .setHeader("Late").setAutoWidth(true);
        grid.addColumn(r -> r.nextDue() != null ? ViewerDates.day(r.nextDue()) : r.current() ? "All done" : "Finished")
                .setHeader("Next due").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        adherence.addClassName("tw-adherence");
        reflections.addClassName("tw-reflections");

        show.setLabel("Show");
        show.setItems(Show.values());
        show.setValue(Show.CURRENT);
        show.setId("homework-show");
        forWhom.setLabel("For");
        forWhom.setId("homework-for");
        search.setLabel("Find homework");
        search.setPlaceholder("Title or practice");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("homework-search");
        show.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                finishedChosenForThem = false;
            }
            showRows(true);
        });
        forWhom.addValueChangeListener(change -> showRows(true));
        search.addValueChangeListener(change -> showRows(true));
        var filters = new Div(show, forWhom, search);
        filters.addClassName("tw-homework-filters");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> {
            limit += PAGE;
            showRows(false);
        });
        more.setId("homework-more");
        shownCount.addClassName("tw-meta");
        var heading = new Div(new H3("Homework"), assign);
        heading.addClassName("tw-card-heading");
        add(heading, adherence, filters, grid, new Div(shownCount, more), twoSided, reflections);
        refresh();
    }

    void refresh() {
        boolean first = board == null;
        board = homework.board(couple.id());
        boolean nothingCurrent = board.rows().stream().noneMatch(Show.CURRENT::includes);
        if (first && nothingCurrent && !board.rows().isEmpty()) {
            // Nothing to do right now: show what was done rather than an empty list.
            show.setValue(Show.FINISHED);
            finishedChosenForThem = true;
        } else if (finishedChosenForThem && !nothingCurrent && show.getValue() == Show.FINISHED) {
            // New homework arrived (assigned here or elsewhere): what the couple works on now comes first again,
            // unless the therapist chose the finished list themselves.
            show.setValue(Show.CURRENT);
            finishedChosenForThem = false;
        }
        List<String> people = new ArrayList<>();
        people.add("");
        board.rows().stream().map(BoardRow::assignee).distinct().sorted().forEach(people::add);
        String chosen = forWhom.getValue();
        forWhom.setItems(people);
        forWhom.setItemLabelGenerator(p -> p.isEmpty() ? "Everyone" : p);
        forWhom.setValue(chosen != null && people.contains(chosen) ? chosen : "");
        show.setItemLabelGenerator(s -> s.label + " (" + board.rows().stream().filter(s::includes).count() + ")");
        showRows(false);
        if (!first) {
            twoSided.refresh();
        }
        adherence.removeAll();
        board.adherenceByPartner().forEach((name, value) -> adherence.add(adherenceChip(name, value)));
        reflections.removeAll();
        if (!board.reflections().isEmpty()) {
            reflections.add(new H3("Reflections"));
            board.reflections().stream().limit(REFLECTIONS_SHOWN).forEach(r -> reflections.add(reflection(r)));
            List<BoardReflection> earlier = board.reflections().stream().skip(REFLECTIONS_SHOWN)
                    .limit(REFLECTIONS_MAX - REFLECTIONS_SHOWN).toList();
            if (!earlier.isEmpty()) {
                var folded = new Details("Earlier reflections (" + earlier.size() + ")");
                earlier.forEach(r -> folded.add(reflection(r)));
                reflections.add(folded);
            }
        }
    }

    /** Current homework by next due day, finished homework latest first; {@code fromStart} when a filter changed. */
    private void showRows(boolean fromStart) {
        if (board == null) {
            return;
        }
        if (fromStart) {
            limit = PAGE;
        }
        Show which = show.getValue() == null ? Show.CURRENT : show.getValue();
        String who = forWhom.getValue() == null ? "" : forWhom.getValue();
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        List<BoardRow> matching = board.rows().stream().filter(which::includes)
                .filter(r -> who.isEmpty() || r.assignee().equals(who))
                .filter(r -> text.isEmpty() || r.title().toLowerCase(Locale.ROOT).contains(text)
                        || r.practiceTitle().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing((BoardRow r) -> !r.current())
                        .thenComparing(BoardRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(BoardRow::assignmentId, Comparator.reverseOrder()))
                .toList();
        // Current homework is what the couple is working on now, never long: all of it. Finished homework is paged.
        int pageLimit = which == Show.CURRENT ? Integer.MAX_VALUE : limit;
        grid.setItems(matching.stream().limit(pageLimit).toList());
        grid.setEmptyStateText(board.rows().isEmpty() ? "No homework assigned yet."
                : which == Show.CURRENT && who.isEmpty() && text.isEmpty() ? "Nothing to do right now: all homework is finished."
                : "No homework matches.");
        long hidden = Math.max(0, matching.size() - (long) pageLimit);
        shownCount.setText(hidden == 0 ? "" : "Showing " + pageLimit + " of " + matching.size());
        shownCount.setVisible(hidden > 0);
        more.setText("Show " + Math.min(PAGE, hidden) + " more");
        more.setVisible(hidden > 0);
    }

    private static Span adherenceChip(String name, Adherence value) {
        var chip = new Span(name + ": " + percent(value.lastTwoWeeks()) + " last 2 weeks · "
                + percent(value.lastSixWeeks()) + " last 6 weeks");
        chip.addClassName("tw-chip");
        return chip;
    }

    private static String percent(Integer value) {
        return value == null ? "nothing due yet" : value + "%";
    }

    private static Div reflection(BoardReflection r) {
        var meta = new Span(r.authorName() + " on \"" + r.homeworkTitle() + "\" (due " + ViewerDates.day(r.dueDate())
                + ") · difficulty " + r.reflection().difficulty() + "/5 · helpful " + r.reflection().helpfulness() + "/5"
                + (r.reflection().visibility() == org.trustwork.homework.ReflectionVisibility.THERAPIST_ONLY
                ? " · for you only" : " · shared with partner"));
        meta.addClassName("tw-meta");
        var box = new Div(meta);
        box.addClassName("tw-reflection");
        if (r.reflection().body() != null) {
            var text = new Paragraph(r.reflection().body());
            text.getStyle().set("white-space", "pre-line");
            box.add(text);
        }
        return box;
    }

    static String schedule(HomeworkViews.Schedule schedule) {
        String until = ViewerDates.day(schedule.until());
        return switch (schedule.cadence()) {
            case ONCE -> "Once, by " + until;
            case DAILY -> "Daily until " + until;
            case WEEKLY -> (schedule.timesPerWeek() == 1 ? "Weekly" : schedule.timesPerWeek() + " times a week")
                    + " until " + until;
        };
    }
}
