package org.trustwork.recovery.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.recovery.RecoveryEvent;
import org.trustwork.base.ui.Notices;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.recovery.MarkerKind;
import org.trustwork.recovery.RecoveryService;
import org.trustwork.recovery.Timeline;
import org.trustwork.security.CurrentUser;

/**
 * A partner's timeline, phone first: mark a day (a trigger, contact from the affair partner, a disclosure...), see
 * the days marked so far and the couple's phase, and choose whether to be reminded before an anniversary of
 * discovery day. What this partner keeps private never reaches the other partner.
 */
@Route("my-story")
@PageTitle("Our timeline")
@Menu(title = "Our timeline", order = 33, icon = "vaadin:calendar-o")
@RolesAllowed(Role.PARTNER_NAME)
public class MyStoryView extends VerticalLayout {

    private static final List<Integer> DAYS_BEFORE = List.of(1, 2, 3, 7, 14);

    private final RecoveryService recovery;
    private final ClinicCalendar calendar;
    private final CoupleDetails couple;
    private final Div timeline = new Div();

    MyStoryView(RecoveryService recovery, CoupleService couples, ClinicCalendar calendar, LiveUpdates liveUpdates,
                CurrentUser currentUser) {
        this.recovery = recovery;
        this.calendar = calendar;
        this.couple = couples.myCouple();
        liveUpdates.follow(this, RecoveryEvent.class, e -> e.coupleId() == couple.id(), this::refresh);
        long me = currentUser.accountId();
        String other = couple.partners().stream().filter(p -> p.accountId() != me)
                .map(p -> p.displayName().split(" ")[0]).findFirst().orElse("your partner");
        addClassNames("tw-page", "tw-story-page");
        var intro = new Paragraph("Mark the days that matter in your recovery. " + couple.therapistName()
                + " sees every day you mark; " + other + " sees it too unless you keep it private.");
        intro.addClassName("tw-meta");
        var form = new MarkerForm(Arrays.asList(MarkerKind.values()), true, other, calendar.today(), "Add to timeline",
                marker -> {
                    recovery.logMine(marker);
                    Notices.show(marker.isKeepPrivate() || marker.getKind().alwaysPrivate()
                            ? "Added. Only you and your therapist can see it." : "Added to your timeline.");
                    refresh();
                });
        var formCard = new Div(new H3("Mark a day"), form);
        formCard.addClassNames("tw-card", "tw-story-form");
        timeline.setWidthFull();
        add(intro, formCard, timeline, reminder());
        refresh();
    }

    private void refresh() {
        timeline.removeAll();
        Timeline t = recovery.myTimeline();
        var card = new Div(new H3("Marked so far"));
        card.addClassNames("tw-card", "tw-story-list");
        t.phaseOn(calendar.today()).ifPresent(phase -> {
            var since = t.phases().stream().filter(p -> p.phase() == phase && p.until() == null).findFirst();
            var now = new Paragraph("Phase: " + phase.label() + since.map(p -> ", since " + ViewerDates.day(p.from()))
                    .orElse(""));
            now.addClassName("tw-story-phase");
            var about = new Paragraph(phase.description());
            about.addClassName("tw-meta");
            card.add(now, about);
        });
        card.add(TimelineList.of(t, calendar.today(), false, id -> {
            recovery.remove(id);
            Notices.show("Removed from your timeline.");
            refresh();
        }));
        timeline.add(card);
    }

    /** Off unless the partner asks: an anniversary reminder is welcome to some and hard for others. */
    private Div reminder() {
        var current = recovery.myAnniversaryReminder();
        var on = new Checkbox("E-mail me before each anniversary of discovery day", current.isPresent());
        on.setId("anniversary-reminder");
        var days = new Select<Integer>();
        days.setLabel("How long before");
        days.setItems(DAYS_BEFORE);
        days.setItemLabelGenerator(d -> d == 1 ? "1 day before" : d == 7 ? "1 week before" : d == 14 ? "2 weeks before"
                : d + " days before");
        days.setValue(current.orElse(3));
        days.setVisible(current.isPresent());
        days.setId("anniversary-days");
        on.addValueChangeListener(change -> {
            days.setVisible(change.getValue());
            recovery.setMyAnniversaryReminder(change.getValue() ? days.getValue() : null);
            Notices.show(change.getValue() ? "You will get a reminder " + days.getItemLabelGenerator()
                    .apply(days.getValue()) + "." : "No anniversary reminders.");
        });
        days.addValueChangeListener(change -> {
            if (on.getValue() && change.getValue() != null) {
                recovery.setMyAnniversaryReminder(change.getValue());
                Notices.show("You will get a reminder " + days.getItemLabelGenerator().apply(change.getValue()) + ".");
            }
        });
        var hint = new Paragraph("The e-mail only names the day. Nobody else is told that you asked for it.");
        hint.addClassName("tw-meta");
        var box = new Div(new H3("Anniversary reminder"), on, days, hint);
        box.addClassNames("tw-card", "tw-story-reminder");
        return box;
    }

}
