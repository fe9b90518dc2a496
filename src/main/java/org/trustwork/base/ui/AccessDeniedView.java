package org.trustwork.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown when a signed-in person opens a page that is not theirs. It does not say whether the page exists,
 * so addresses of other people's records cannot be probed.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Div implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        addClassName("tw-message-page");
        add(new H2("This page isn't available to you"),
                new Paragraph("It may belong to someone else's account, or the link may be out of date."),
                new Anchor("", "Go to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return "Not available · Trustwork";
    }
}
