package org.trustwork.safety.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.trustwork.safety.SupportResources;

/** The same support for every partner, whatever they answered: the clinic's hotline, text line and website. */
class SupportBox extends Div {

    SupportBox(SupportResources help) {
        addClassNames("tw-card", "tw-support");
        setId("support-resources");
        var list = new UnorderedList();
        list.addClassName("tw-plain-list");
        var phone = new Anchor("tel:" + help.hotlineNumber().replaceAll("[^0-9+]", ""), help.hotlineNumber());
        list.add(new ListItem(new Span(help.hotlineName() + ": "), phone));
        list.add(new ListItem(new Span(help.textLine())));
        var site = new Anchor(help.websiteUrl(), help.websiteName());
        site.setTarget(AnchorTarget.BLANK);
        site.getElement().setAttribute("rel", "noopener noreferrer");
        list.add(new ListItem(site));
        add(new H3("If you ever want support"), new Paragraph("Free and confidential, for anyone, at any time:"),
                list, new Paragraph(help.emergency()));
    }
}
