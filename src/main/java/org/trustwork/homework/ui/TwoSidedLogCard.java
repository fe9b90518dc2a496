package org.trustwork.homework.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.TwoSidedLog;

/**
 * For the therapist: both sides of the practice log. Each answer the other partner gave about a practice marked
 * done, the ones where the accounts differ badged, and a warning when they differ often ({@link TwoSidedLog}).
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class TwoSidedLogCard extends Div {

    private static final int SHOWN = 6;

    private final HomeworkService homework;
    private final long coupleId;

    public TwoSidedLogCard(HomeworkService homework, long coupleId) {
        this.homework = homework;
        this.coupleId = coupleId;
        addClassName("tw-two-sided");
        setId("two-sided-log");
        refresh();
    }

    public void refresh() {
        removeAll();
        TwoSidedLog.Log log = homework.twoSidedLog(coupleId);
        add(new H3("How the practices landed"));
        if (log.differOften()) {
            var badge = new Span("Accounts differ often");
            badge.addClassNames("tw-badge", "tw-badge-warning");
            var often = new Div(badge, new Span(log.differingInWindow() + " of " + log.answeredInWindow()
                    + " answers in the last " + TwoSidedLog.WINDOW_DAYS + " days: done, but it didn't land."));
            often.addClassNames("tw-signal", "tw-two-sided-often");
            add(often);
        }
        var rule = new Paragraph("When one partner marks a practice done, the other may say how it landed. The "
                + "accounts differ when the answer is \u201cIt didn't land for me\u201d; they differ often when that is "
                + TwoSidedLog.OFTEN_AT_LEAST + " or more answers, and at least half, in " + TwoSidedLog.WINDOW_DAYS
                + " days. Only you read an answer, unless its author shared it with the partner who did the practice.");
        rule.addClassName("tw-meta");
        add(rule);
        if (log.entries().isEmpty()) {
            var none = new Paragraph("No answers in the last six weeks.");
            none.addClassName("tw-meta");
            add(none);
            return;
        }
        List<TwoSidedLog.Entry> entries = log.entries();
        entries.stream().limit(SHOWN).forEach(e -> add(entry(e)));
        if (entries.size() > SHOWN) {
            var folded = new Details("Earlier answers (" + (entries.size() - SHOWN) + ")");
            entries.stream().skip(SHOWN).forEach(e -> folded.add(entry(e)));
            add(folded);
        }
    }

    private static Div entry(TwoSidedLog.Entry e) {
        var meta = new Span(ViewerDates.day(e.doneOn()) + " \u00b7 \u201c" + e.title() + "\u201d done by " + e.doneBy()
                + " \u00b7 " + (e.sharedWithDoer() ? "shared with " + e.doneBy() : "for you only"));
        meta.addClassName("tw-meta");
        var said = new Paragraph(e.answeredBy() + ": " + e.landed().label() + (e.note() == null ? "" : " \u2014 " + e.note()));
        said.getStyle().set("white-space", "pre-line");
        var box = new Div(meta, said);
        box.addClassNames("tw-reflection", "tw-two-sided-entry");
        if (e.differs()) {
            var differs = new Span("Differs");
            differs.addClassNames("tw-badge", "tw-badge-warning");
            box.addComponentAsFirst(differs);
            box.addClassName("tw-two-sided-differs");
        }
        return box;
    }
}
