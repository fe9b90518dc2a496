package org.trustwork.safety.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import java.util.Map;
import org.trustwork.safety.SafetyService;
import org.trustwork.safety.SafetyViews.PartnerStatus;

/**
 * The caseload's safety screen signal: each partner's status on top of the couple's other signals, in the same
 * cell (the caseload has no room for another column at 1280 px). All statuses load in one go per server round
 * trip, however many rows the grid draws.
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public final class SafetyCaseloadSignals {

    private final SafetyService safety;
    private Map<Long, List<PartnerStatus>> statuses = Map.of();
    private Object loadedFor;

    public SafetyCaseloadSignals(SafetyService safety) {
        this.safety = safety;
    }

    /** The couple's other signals with each partner's safety screen status above them. */
    public Component with(long coupleId, Component otherSignals) {
        var box = new Div();
        box.addClassName("tw-caseload-safety");
        List<PartnerStatus> partners = of(coupleId);
        if (!partners.isEmpty()) {
            var caption = new Div("Safety screen");
            caption.addClassName("tw-caseload-safety-caption");
            box.add(caption);
        }
        for (PartnerStatus s : partners) {
            var line = new Div(new Span(s.partnerName().split(" ")[0] + ": "), SafetyBadges.shortBadge(s));
            line.getElement().setAttribute("title", "Safety screen: " + s.label());
            box.add(line);
        }
        // "—" stands for "no signals"; with the safety lines above it would read as a value of its own.
        boolean onlyDash = otherSignals.getChildren().count() == 1 && otherSignals.getChildren().findFirst()
                .filter(c -> c instanceof Span span && "—".equals(span.getText())).isPresent();
        if (!onlyDash) {
            box.add(otherSignals);
        }
        return box;
    }

    private List<PartnerStatus> of(long coupleId) {
        Object request = VaadinRequest.getCurrent();
        if (request == null || request != loadedFor) {
            statuses = safety.caseloadStatuses();
            loadedFor = request;
        }
        return statuses.getOrDefault(coupleId, List.of());
    }
}
