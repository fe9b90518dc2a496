package org.trustwork.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.session.SessionEvent;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.session.SessionService;
import org.trustwork.session.SessionViews.PublishedSummary;

/** What the therapist shared after each session, for both partners to read; nothing else of a session. */
@Route("my-sessions")
@PageTitle("Session summaries")
@Menu(title = "Session summaries", order = 35, icon = "vaadin:notebook")
@RolesAllowed(Role.PARTNER_NAME)
public class MySummariesView extends VerticalLayout {

    private final SessionService sessions;
    private final long coupleId;
    private final Div list = new Div();
    private final ZoneId zone = BrowserTime.zone();

    MySummariesView(SessionService sessions, CoupleService couples, LiveUpdates liveUpdates) {
        this.sessions = sessions;
        this.coupleId = couples.myCouple().id();
        liveUpdates.follow(this, SessionEvent.SummaryPublished.class, e -> e.coupleId() == coupleId, this::refresh);
        addClassName("tw-page");
        list.setWidthFull();
        add(new Paragraph("After a session your therapist may write down what you worked on and agreed. "
                + "It appears here for both of you."), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<PublishedSummary> summaries = sessions.publishedSummariesForMyCouple();
        if (summaries.isEmpty()) {
            var empty = new Div(new H2("No summaries yet"),
                    new Paragraph("When your therapist shares a session summary, you'll find it here."));
            empty.addClassNames("tw-card", "tw-empty");
            list.add(empty);
        }
        for (PublishedSummary summary : summaries) {
            var text = new Paragraph(summary.text());
            text.getStyle().set("white-space", "pre-line");
            var card = new Article(new H3("Session of " + ViewerDates.day(summary.sessionDate(), zone)), text);
            card.addClassName("tw-card");
            card.getStyle().set("margin-bottom", "var(--lumo-space-m)");
            list.add(card);
        }
    }

}
