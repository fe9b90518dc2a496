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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.Adherence;
import org.trustwork.homework.HomeworkViews.Board;
import org.trustwork.homework.HomeworkViews.BoardReflection;
import org.trustwork.homework.HomeworkViews.BoardRow;
import org.trustwork.practice.PracticeService;

/** The couple's homework board: progress, adherence and reflections, updated live as partners work. */
public class HomeworkCard extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final HomeworkService homework;
    private final LiveUpdates liveUpdates;
    private final CoupleDetails couple;
    private final Grid<BoardRow> grid = new Grid<>();
    private final Div adherence = new Div();
    private final Div reflections = new Div();
    private LiveUpdates.Subscription subscription;

    public HomeworkCard(HomeworkService homework, PracticeService practices, LiveUpdates liveUpdates,
                        CoupleDetails couple) {
        this.homework = homework;
        this.liveUpdates = liveUpdates;
        this.couple = couple;
        addClassName("tw-card");
        setId("homework-board");

        var assign = new Button("Assign homework", VaadinIcon.PLUS.create(),
                click -> new AssignHomeworkDialog(homework, practices, couple, null, null, this::refresh).open());
        assign.setId("open-assign-homework");
        grid.setAriaLabel("Homework");
        grid.addColumn(BoardRow::title).setHeader("Homework").setFlexGrow(1);
        grid.addColumn(BoardRow::assignee).setHeader("For").setAutoWidth(true);
        grid.addColumn(BoardRow::schedule).setHeader("Schedule").setAutoWidth(true);
        grid.addColumn(r -> r.done() + " of " + r.due() + " done").setHeader("So far").setAutoWidth(true);
        grid.addColumn(LitRenderer.<BoardRow>of("<span class=\"${item.badge}\">${item.late}</span>")
                        .withProperty("late", r -> r.late() == 0 ? "—" : r.late() + " late")
                        .withProperty("badge", r -> r.late() == 0 ? "" : "tw-badge tw-badge-warning"))
                .setHeader("Late").setAutoWidth(true);
        grid.addColumn(r -> r.nextDue() == null ? "—" : DAY.format(r.nextDue())).setHeader("Next due").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No homework assigned yet.");
        adherence.addClassName("tw-adherence");
        reflections.addClassName("tw-reflections");
        add(new H3("Homework"), assign, adherence, grid, reflections);
        refresh();
    }

    void refresh() {
        Board board = homework.board(couple.id());
        grid.setItems(board.rows());
        adherence.removeAll();
        board.adherenceByPartner().forEach((name, value) -> adherence.add(adherenceChip(name, value)));
        reflections.removeAll();
        if (!board.reflections().isEmpty()) {
            reflections.add(new H3("Reflections"));
            board.reflections().stream().limit(10).forEach(r -> reflections.add(reflection(r)));
        }
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
        var meta = new Span(r.authorName() + " on \"" + r.homeworkTitle() + "\" (due " + DAY.format(r.dueDate())
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
