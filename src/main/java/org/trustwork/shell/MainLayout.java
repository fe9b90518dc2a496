package org.trustwork.shell;

import org.trustwork.base.ui.NavigationBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustwork.security.CurrentUser;
import org.trustwork.security.TrustworkUser;

/** The frame around every signed-in view; the side navigation lists only the views this user may open. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final List<NavigationBadge> badges;
    private final Map<String, SideNavItem> items = new HashMap<>();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, List<NavigationBadge> badges) {
        this.badges = badges;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("tw-view-title");
        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        addToNavbar(toggle, viewTitle);
        addToDrawer(brand(), new Scroller(sideNav()));
        // An error page can be drawn in this frame before anyone is signed in; the card needs a person.
        currentUser.get().ifPresent(user -> addToDrawer(userCard(user, authenticationContext)));
    }

    private static Component brand() {
        var mark = new Span("T");
        mark.addClassName("tw-brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        var name = new Span("Trustwork");
        name.addClassName("tw-brand-name");
        var brand = new Div(mark, name);
        brand.addClassName("tw-brand");
        return brand;
    }

    private SideNav sideNav() {
        var nav = new SideNav();
        nav.setLabel("Main");
        nav.addClassName("tw-side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        var item = new SideNavItem(entry.title(), entry.path());
        items.put(entry.path().replaceFirst("^/", ""), item);
        item.setMatchNested(true);
        if (entry.icon() != null) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    private static Component userCard(TrustworkUser user, AuthenticationContext authenticationContext) {
        var name = new Span(user.displayName());
        name.addClassName("tw-user-name");
        var role = new Span(user.role().label());
        role.addClassName("tw-user-role");
        var logout = new Button(VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        logout.setAriaLabel("Log out");
        logout.setTooltipText("Log out");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        logout.setId("logout");
        var myAccount = new Anchor("account", new Div(name, role));
        myAccount.addClassName("tw-my-account-link");
        myAccount.getElement().setAttribute("title", "My account: password and two-factor sign-in");
        var card = new Div(myAccount, logout);
        card.addClassName("tw-user-card");
        return card;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
        badges.forEach(this::showBadge);
    }

    private void showBadge(NavigationBadge badge) {
        SideNavItem item = items.get(badge.path());
        if (item == null) {
            return;
        }
        int count;
        try {
            count = badge.count();
        } catch (org.springframework.security.access.AccessDeniedException noCouple) {
            // e.g. a partner account not (or no longer) part of a couple: nothing waits for it, and the frame
            // must open whatever a badge's feature thinks of the account
            count = 0;
        }
        if (count == 0) {
            item.setSuffixComponent(null);
            return;
        }
        // The number is seen, the sentence is heard: "Check-in, 1 questionnaire to answer".
        var number = new Span(String.valueOf(count));
        number.getElement().setAttribute("aria-hidden", "true");
        var words = new Span(", " + badge.describe(count));
        words.addClassName("tw-sr-only");
        var shown = new Span(number, words);
        shown.addClassName("tw-nav-badge");
        item.setSuffixComponent(shown);
    }
}
