package org.trustwork.recovery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.recovery.Timeline;

/** The marked days, newest first, and the next anniversary of discovery day; the viewer's own ones can be removed. */
final class TimelineList {

    private TimelineList() {
    }

    static UnorderedList of(Timeline timeline, LocalDate today, boolean showWhoseIsPrivate, LongConsumer remove) {
        var list = new UnorderedList();
        list.addClassNames("tw-plain-list", "tw-timeline");
        list.setId("timeline-list");
        nextAnniversary(timeline, today).ifPresent(next -> {
            var item = new ListItem(new Span(ViewerDates.day(next.day())), new Span(" · Next " + next.label()
                    .replace("Anniversary", "anniversary")));
            item.addClassNames("tw-timeline-item", "tw-timeline-next");
            list.add(item);
        });
        List<Timeline.Marker> logged = timeline.markers().stream().filter(m -> !m.anniversary())
                .sorted(Comparator.comparing(Timeline.Marker::day).reversed()).toList();
        for (Timeline.Marker m : logged) {
            var day = new Span(ViewerDates.day(m.day()));
            day.addClassName("tw-timeline-day");
            var what = new Span(m.label());
            what.addClassName("tw-timeline-kind");
            var item = new ListItem(day, what);
            item.addClassName("tw-timeline-item");
            item.getElement().setAttribute("data-kind", m.kind().name());
            if (m.isPrivate()) {
                var tag = new Span(showWhoseIsPrivate && m.privateToName() != null ? "private to " + m.privateToName()
                        : "private");
                tag.addClassNames("tw-badge", "tw-badge-private");
                item.add(tag);
            }
            if (m.note() != null) {
                var note = new Paragraph(m.note());
                note.addClassName("tw-timeline-note");
                item.add(note);
            }
            if (m.mine() && m.id() != null && remove != null) {
                var button = new Button("Remove", click -> remove.accept(m.id()));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                button.setAriaLabel("Remove " + m.label() + ", " + ViewerDates.day(m.day()));
                item.add(button);
            }
            list.add(item);
        }
        if (logged.isEmpty()) {
            var item = new ListItem("No days marked yet.");
            item.addClassName("tw-meta");
            list.add(item);
        }
        return list;
    }

    static java.util.Optional<Timeline.Marker> nextAnniversary(Timeline timeline, LocalDate today) {
        return timeline.markers().stream().filter(m -> m.anniversary() && !m.day().isBefore(today))
                .min(Comparator.comparing(Timeline.Marker::day));
    }
}
