package org.trustwork.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.trustwork.security.CurrentUser;

/** The root address: sends each person to where their day starts. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.require();
        event.forwardTo(switch (user.role()) {
            case ADMIN -> "admin/accounts";
            case THERAPIST -> "caseload";
            case PARTNER -> "my-homework";
        });
    }
}
