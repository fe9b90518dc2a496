package org.trustwork.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import java.util.List;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.ConfirmAction;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.safety.SafetyService;
import org.trustwork.safety.SafetyViews.AnsweredScreen;
import org.trustwork.safety.SafetyViews.PartnerStatus;
import org.trustwork.safety.ScreenStatus;

/**
 * The couple page's safety screen card, for the therapist only: each partner's status, the private alert on a
 * positive screen, the answers on request (audited), the follow-up, and "ask again" for both partners.
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class SafetyScreenCard extends Div {

    private final SafetyService safety;
    private final long coupleId;
    private final ZoneId zone = BrowserTime.zone();

    public SafetyScreenCard(SafetyService safety, long coupleId) {
        this.safety = safety;
        this.coupleId = coupleId;
        addClassNames("tw-card", "tw-safety-card");
        setId("safety-screen-card");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<PartnerStatus> statuses = safety.statuses(coupleId);
        add(new H3("Safety screen"));
        statuses.stream().filter(s -> s.status() == ScreenStatus.NEEDS_FOLLOW_UP).forEach(s -> {
            var alert = new Paragraph(s.partnerName() + "'s safety screen is positive. Talk with " + s.partnerName()
                    + " on their own and record the follow-up; until then practices that rely on exposure or access "
                    + "between the partners are held back from agendas and homework.");
            alert.addClassName("tw-safety-alert");
            alert.getElement().setAttribute("role", "alert");
            add(alert);
        });
        var list = new UnorderedList();
        list.addClassNames("tw-plain-list", "tw-safety-list");
        for (PartnerStatus s : statuses) {
            var row = new ListItem(new Span(s.partnerName() + ": "), SafetyBadges.badge(s));
            row.setId("safety-status-" + s.partnerAccountId());
            if (s.lastAnsweredAt() != null) {
                row.add(new Span(" · answered " + ViewerDates.day(s.lastAnsweredAt(), zone)));
                var view = new Button("View answers", click -> showAnswers(s));
                view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                view.setId("safety-answers-" + s.partnerAccountId());
                row.add(view);
            }
            if (s.followedUpOn() != null) {
                row.add(new Span(" · followed up " + ViewerDates.day(s.followedUpOn())));
            }
            if (s.mayRecordFollowUp()) {
                var record = new Button("Record follow-up",
                        click -> new FollowUpDialog(safety, coupleId, s, this::refresh).open());
                record.addThemeVariants(s.status() == ScreenStatus.NEEDS_FOLLOW_UP
                        ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                record.setId("safety-follow-up-" + s.partnerAccountId());
                row.add(record);
            }
            list.add(row);
        }
        var again = new Button("Ask for the safety screen again", click -> ConfirmAction.ask(
                "Ask both partners again?", "Both partners will find the questions waiting on their own login, "
                        + "for example before a disclosure session. Nothing is sent by e-mail.", "Ask both again",
                () -> {
                    safety.askAgain(coupleId);
                    Notification.show("Both partners will find the questions waiting when they next sign in.");
                    refresh();
                }));
        again.setId("safety-ask-again");
        var about = new Paragraph("Each partner answers four yes/no questions (HARK) on their own login before the "
                + "first joint session. Only you, and a colleague covering in an emergency, see the answers; the other "
                + "partner never does.");
        about.addClassName("tw-meta");
        add(list, about, again);
    }

    private void showAnswers(PartnerStatus partner) {
        List<AnsweredScreen> answered = safety.answers(coupleId, partner.partnerAccountId());
        var dialog = new Dialog();
        dialog.setHeaderTitle(partner.partnerName() + ": safety screen answers");
        dialog.setWidth("min(36rem, 95vw)");
        for (AnsweredScreen screen : answered) {
            dialog.add(new H4("Answered " + ViewerDates.dayAndTime(screen.answeredAt(), zone)
                    + (screen.positive() ? " · positive" : " · negative")));
            var items = new UnorderedList();
            screen.answers().forEach(a -> items.add(new ListItem(a.question() + " " + (a.yes() ? "Yes" : "No"))));
            dialog.add(items);
            if (screen.followUp() != null) {
                dialog.add(new Paragraph("Follow-up: individual conversation on "
                        + ViewerDates.day(screen.followUp().heldOn()) + "; " + screen.followUp().decision().label()
                        + (screen.followUp().note() == null ? "" : ". Note: " + screen.followUp().note())));
            }
        }
        var close = new Button("Close", click -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }
}
