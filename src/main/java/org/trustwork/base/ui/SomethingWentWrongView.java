package org.trustwork.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces the framework's "There was an exception while trying to navigate" page, which names the exception: an
 * unexpected failure while opening a screen gets a calm page, and its stack trace goes to the log only.
 */
@AnonymousAllowed
public class SomethingWentWrongView extends Div implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(SomethingWentWrongView.class);

    public SomethingWentWrongView() {
        addClassName("tw-message-page");
        add(new H2("Something went wrong opening this page"),
                new Paragraph("Nothing you saved is lost. Try again, or go back to your start page."),
                new Anchor("", "Go to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getCaughtException());
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Something went wrong · Trustwork";
    }
}
