package org.trustwork.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.trustwork.account.Role;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;

/** Everything about one practice: what it is, what to ask in session, and the homework that goes with it. */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
@Route("practices/:slug")
@RolesAllowed({Role.THERAPIST_NAME, Role.PARTNER_NAME})
public class PracticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PracticeService practices;
    private String title = "Practice";

    PracticeView(PracticeService practices) {
        this.practices = practices;
        addClassName("tw-page");
        addClassName("tw-practice-page");
    }

    public static RouteParameters parameters(String slug) {
        return new RouteParameters("slug", slug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        practices.bySlug(slug).ifPresentOrElse(practice -> {
            title = practice.title();
            show(practice);
        }, () -> event.rerouteToError(NotFoundException.class));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(PracticeInfo practice) {
        removeAll();
        var back = new Anchor("practices", "← All practices");
        back.addClassName("tw-back");
        var number = new Span("Practice " + practice.number() + " of 25");
        number.addClassName("tw-eyebrow");
        var chips = new Div(PracticeChips.phase(practice.phase()), PracticeChips.asksOf(practice.asksOf()));
        chips.addClassName("tw-chips");
        var summary = new Paragraph(practice.summary());
        summary.addClassName("tw-lead");

        var prompts = new OrderedList();
        practice.prompts().forEach(prompt -> prompts.add(promptItem(prompt)));
        prompts.addClassName("tw-prompts");
        var inSession = new Div(new H3("In session"), prompts);
        inSession.addClassName("tw-card");

        var homework = practice.homework();
        var facts = new Paragraph(homework.frequency() + " · about " + homework.minutes() + " minutes");
        facts.addClassName("tw-meta");
        var homeworkCard = new Div(new H3("Between sessions: " + homework.title()), facts,
                new Paragraph(homework.instructions()));
        homeworkCard.addClassName("tw-card");

        var tags = new Div();
        tags.addClassName("tw-tags");
        practice.tags().forEach(tag -> tags.add(new Span("#" + tag)));

        add(back, number, new H2(practice.title()), chips, summary, inSession, homeworkCard);
        if (practice.hasHurtPartnerPart()) {
            add(hurtPartnerPart(practice));
        }
        add(tags);
    }

    /** One prompt with the partner it is put to in front of it. */
    public static ListItem promptItem(PracticeInfo.Prompt prompt) {
        var text = new Span(prompt.text());
        text.addClassName("tw-prompt-text");
        var item = new ListItem(PracticeChips.addressee(prompt.to()), text);
        item.addClassName("tw-prompt");
        return item;
    }

    /** The hurt partner's own part, as the practice page and the live session show it. */
    public static Div hurtPartnerPart(PracticeInfo practice) {
        var part = new Div(new H3("The hurt partner's own part"), new Paragraph(practice.hurtPartnerPart()));
        part.addClassNames("tw-card", "tw-hurt-part");
        return part;
    }
}
