package org.trustwork.caseload.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.trustwork.base.ui.RouteIds;
import org.trustwork.account.Role;
import org.trustwork.couple.Couple;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.PartnerInfo;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.recovery.RecoveryService;
import org.trustwork.recovery.ui.RecoveryCard;
import org.trustwork.homework.ui.HomeworkCard;
import org.trustwork.practice.PracticeService;
import org.trustwork.session.AgendaTemplateService;
import org.trustwork.session.SessionService;
import org.trustwork.session.ui.CoupleSessionsCard;
import java.time.Clock;

/** One couple's record, for their therapist. Another therapist's couple is refused by the service. */
@Route("couples/:coupleId(\\d+)")
@PageTitle("Couple")
@RolesAllowed(Role.THERAPIST_NAME)
public class CoupleView extends VerticalLayout implements BeforeEnterObserver {

    private final CoupleService couples;
    private final SessionService sessions;
    private final AgendaTemplateService templates;
    private final HomeworkService homework;
    private final PracticeService practices;
    private final LiveUpdates liveUpdates;
    private final Clock clock;
    private final RecoveryService recovery;
    private final ClinicCalendar calendar;
    private final org.trustwork.safety.SafetyService safety;

    CoupleView(CoupleService couples, SessionService sessions, AgendaTemplateService templates,
               HomeworkService homework, PracticeService practices, LiveUpdates liveUpdates, Clock clock,
               RecoveryService recovery, ClinicCalendar calendar, org.trustwork.safety.SafetyService safety) {
        this.recovery = recovery;
        this.calendar = calendar;
        this.safety = safety;
        this.homework = homework;
        this.practices = practices;
        this.liveUpdates = liveUpdates;
        this.couples = couples;
        this.sessions = sessions;
        this.templates = templates;
        this.clock = clock;
        addClassName("tw-page");
    }

    public static RouteParameters parameters(long coupleId) {
        return new RouteParameters("coupleId", String.valueOf(coupleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, "coupleId").orElse(-1L);
        try {
            show(couples.openCouple(id));
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void show(CoupleDetails couple) {
        removeAll();
        var title = new H2(couple.displayName());
        var progress = new com.vaadin.flow.component.html.Anchor("couples/" + couple.id() + "/progress",
                "Progress dashboard and reports");
        progress.setId("open-progress");
        var header = new Div(title, CaseloadView.statusBadge(couple.status()), progress,
                new org.trustwork.disclosure.ui.DisclosureLink(couple.id()));
        header.addClassName("tw-record-header");

        var partners = new UnorderedList();
        partners.addClassName("tw-plain-list");
        for (PartnerInfo partner : couple.partners()) {
            partners.add(new ListItem(new Span(partner.displayName()), new Span(" · " + partner.email())));
        }
        var facts = new Div(new H3("Partners"), partners,
                new Paragraph("In therapy since " + ViewerDates.day(couple.startDate())));
        facts.addClassName("tw-card");

        var goals = new TextArea("Therapy goals");
        goals.setValue(couple.goals() == null ? "" : couple.goals());
        goals.setMaxLength(Couple.GOALS_MAX);
        goals.setWidthFull();
        goals.setMinHeight("6rem");
        goals.setHelperText("What you and the couple agreed to work towards. Only therapists see this page.");
        var save = new Button("Save goals", click -> {
            couples.updateGoals(couple.id(), goals.getValue());
            Notification.show("Goals saved");
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-goals");
        var goalsCard = new Div(goals, save);
        goalsCard.addClassNames("tw-card", "tw-goals-card");
        // What the couple works towards and who they are first; then sessions; then the (long) homework record.
        var top = new Div(goalsCard, facts);
        top.addClassName("tw-couple-top");

        add(header, top, new org.trustwork.safety.ui.SafetyScreenCard(safety, couple.id()),
                new CoupleSessionsCard(sessions, templates, couple.id(), clock, BrowserTime.zone()),
                new RecoveryCard(recovery, calendar, liveUpdates, couple.id()),
                new HomeworkCard(homework, practices, liveUpdates, couple));
    }
}
