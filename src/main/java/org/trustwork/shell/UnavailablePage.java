package org.trustwork.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The one page for "no such screen" and "not yours" alike ({@link NotFoundView}, {@link AccessDeniedView}): the same
 * words and title, so that neither an address nor a record id can be probed for whether it exists.
 */
abstract class UnavailablePage extends Div implements HasDynamicTitle {

    UnavailablePage() {
        addClassName("tw-message-page");
        add(new H2("This page isn't available to you"),
                new Paragraph("It may belong to someone else's account, the address may be mistyped, "
                        + "or the link may be out of date."),
                new Anchor("", "Go to your start page"));
    }

    @Override
    public String getPageTitle() {
        return "Not available";
    }
}
