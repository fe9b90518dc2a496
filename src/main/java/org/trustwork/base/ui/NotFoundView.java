package org.trustwork.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A plain "not found" page, without the framework's list of routes. */
@AnonymousAllowed
public class NotFoundView extends Div implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("tw-message-page");
        add(new H2("We couldn't find that page"),
                new Paragraph("Check the address, or go back to your start page."),
                new Anchor("", "Go to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Page not found · Trustwork";
    }
}
