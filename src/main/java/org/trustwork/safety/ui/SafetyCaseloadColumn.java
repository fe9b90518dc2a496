package org.trustwork.safety.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.trustwork.safety.SafetyService;
import org.trustwork.safety.SafetyViews.PartnerStatus;
import org.trustwork.safety.ScreenStatus;

/**
 * The caseload's "Safety screen" column: each partner's status, a positive screen without follow-up first in a
 * sort. All statuses load in one go per server round trip, however many rows the grid draws.
 */
public final class SafetyCaseloadColumn<T> {

    private final SafetyService safety;
    private Map<Long, List<PartnerStatus>> statuses = Map.of();
    private Object loadedFor;

    private SafetyCaseloadColumn(SafetyService safety) {
        this.safety = safety;
    }

    public static <T> Grid.Column<T> addTo(Grid<T> grid, SafetyService safety, ToLongFunction<T> coupleId) {
        var column = new SafetyCaseloadColumn<T>(safety);
        return grid.addComponentColumn(row -> column.cell(coupleId.applyAsLong(row))).setHeader("Safety screen")
                .setWidth("11rem").setFlexGrow(0)
                .setComparator(row -> column.needsFollowUp(coupleId.applyAsLong(row)) ? 0 : 1);
    }

    private List<PartnerStatus> of(long coupleId) {
        Object request = VaadinRequest.getCurrent();
        if (request == null || request != loadedFor) {
            statuses = safety.caseloadStatuses();
            loadedFor = request;
        }
        return statuses.getOrDefault(coupleId, List.of());
    }

    private boolean needsFollowUp(long coupleId) {
        return of(coupleId).stream().anyMatch(s -> s.status() == ScreenStatus.NEEDS_FOLLOW_UP);
    }

    private Div cell(long coupleId) {
        var box = new Div();
        box.addClassName("tw-caseload-safety");
        for (PartnerStatus s : of(coupleId)) {
            box.add(new Div(new Span(s.partnerName().split(" ")[0] + ": "), SafetyBadges.badge(s)));
        }
        return box;
    }
}
