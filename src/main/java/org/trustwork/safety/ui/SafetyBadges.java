package org.trustwork.safety.ui;

import com.vaadin.flow.component.html.Span;
import org.trustwork.safety.SafetyViews.PartnerStatus;

/** "waiting" / "done, no follow-up needed" / "needs follow-up", the same on the couple page and the caseload. */
final class SafetyBadges {

    private SafetyBadges() {
    }

    /** The caseload's short form: "waiting", "done", "needs follow-up", "followed up". */
    static Span shortBadge(PartnerStatus status) {
        Span badge = badge(status);
        badge.setText(switch (status.status()) {
            case WAITING -> "waiting";
            case NO_FOLLOW_UP_NEEDED -> "done";
            case NEEDS_FOLLOW_UP -> "needs follow-up";
            case FOLLOWED_UP -> "followed up";
        });
        return badge;
    }

    static Span badge(PartnerStatus status) {
        var badge = new Span(status.label());
        badge.addClassNames("tw-badge", switch (status.status()) {
            case NEEDS_FOLLOW_UP -> "tw-badge-danger";
            case WAITING -> "tw-badge-muted";
            case NO_FOLLOW_UP_NEEDED, FOLLOWED_UP -> "tw-badge-success";
        });
        return badge;
    }
}
