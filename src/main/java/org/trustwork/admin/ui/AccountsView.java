package org.trustwork.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.account.AccountFilter;
import org.trustwork.account.AccountRefusedException;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.InvitationService;
import org.trustwork.account.Role;
import org.trustwork.base.ui.ConfirmAction;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.couple.PartnerInfo;
import org.trustwork.admin.ui.NewCoupleDialog;
import org.trustwork.twofactor.TwoFactorService;

/**
 * The clinic admin's accounts: invite staff and couples (each person chooses their own password through a link),
 * find accounts, deactivate and reactivate them, lift a sign-in pause, reset a password, change a staff role, and
 * move a couple to another therapist. Every change is in the audit log.
 */
@Route("admin/accounts")
@PageTitle("Accounts")
@Menu(title = "Accounts", order = 10, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsView extends VerticalLayout {

    private final AccountService accounts;
    private final InvitationService invitations;
    private final CoupleService couples;
    private final TwoFactorService twoFactor;
    private final TextField search = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<Boolean> state = new Select<>();
    private final Grid<AccountSummary> accountGrid = new Grid<>();
    private final Grid<CoupleSummary> coupleGrid = new Grid<>();

    AccountsView(AccountService accounts, InvitationService invitations, CoupleService couples,
                 TwoFactorService twoFactor) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.couples = couples;
        this.twoFactor = twoFactor;
        addClassName("tw-page");

        search.setPlaceholder("Name or e-mail");
        search.setAriaLabel("Search accounts");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        role.setAriaLabel("Role");
        role.setItems(Role.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.setItemLabelGenerator(r -> r == null ? "Any role" : r.label());
        state.setAriaLabel("Status");
        state.setItems(true, false);
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Active or not");
        state.setItemLabelGenerator(s -> s == null ? "Active or not" : s ? "Active" : "Deactivated");
        search.addValueChangeListener(change -> accountGrid.getDataProvider().refreshAll());
        role.addValueChangeListener(change -> accountGrid.getDataProvider().refreshAll());
        state.addValueChangeListener(change -> accountGrid.getDataProvider().refreshAll());

        var newStaff = new Button("Invite staff", VaadinIcon.PLUS.create(),
                click -> new NewStaffDialog(accounts, this::inviteStaff).open());
        newStaff.setId("new-staff");
        var newCouple = new Button("New couple", VaadinIcon.PLUS.create(),
                click -> new NewCoupleDialog(accounts, couples, this::invitePartners).open());
        newCouple.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCouple.setId("new-couple");
        var toolbar = new HorizontalLayout(search, role, state, newStaff, newCouple);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("tw-toolbar");

        configureAccountGrid();
        configureCoupleGrid();
        var couplesPage = new Anchor("admin/couples", "Move, export or close a couple on the Couples page");
        add(toolbar, accountGrid, new H2("Couples"), couplesPage, coupleGrid);
    }

    private AccountFilter filter() {
        return new AccountFilter(search.getValue(), role.getValue(), state.getValue());
    }

    private void configureAccountGrid() {
        accountGrid.setAriaLabel("Accounts");
        // Name and e-mail share what is left, so that every column fits a laptop screen beside the menu.
        accountGrid.addColumn(AccountSummary::displayName).setHeader("Name").setWidth("10rem").setFlexGrow(1);
        accountGrid.addColumn(AccountSummary::email).setHeader("E-mail").setWidth("13rem").setFlexGrow(1);
        accountGrid.addColumn(a -> a.role().label()).setHeader("Role").setAutoWidth(true);
        accountGrid.addComponentColumn(a -> badge(a.enabled() ? "Active" : "Deactivated", a.enabled()))
                .setHeader("Status").setAutoWidth(true);
        accountGrid.addColumn(a -> twoFactor.isEnabledFor(a.id()) ? "On" : a.role() == Role.PARTNER ? "Off (optional)" : "Off")
                .setHeader("Two-factor").setAutoWidth(true);
        // Short, as the column sits beside the frozen actions; in the viewer's locale and time zone.
        accountGrid.addColumn(a -> a.lastLoginAt() == null ? "Never" : java.time.format.DateTimeFormatter
                        .ofLocalizedDateTime(java.time.format.FormatStyle.SHORT).withLocale(ViewerDates.locale())
                        .format(a.lastLoginAt().atZone(BrowserTime.zone())))
                .setHeader("Last sign-in").setAutoWidth(true);
        // Frozen so that the actions stay in view on a narrower window; wide enough that "Manage" never folds.
        accountGrid.addComponentColumn(this::actions).setHeader("Actions").setWidth("8rem").setFlexGrow(0)
                .setFrozenToEnd(true);
        accountGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        accountGrid.setItems(query -> accounts.findAccounts(filter(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.countAccounts(filter()));
        accountGrid.setHeight("24rem");
    }

    private Component actions(AccountSummary account) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        menu.getElement().setAttribute("aria-label", "Actions for " + account.displayName());
        var sub = menu.addItem("Manage").getSubMenu();
        if (account.enabled()) {
            sub.addItem("Deactivate…", click -> ConfirmAction.ask("Deactivate " + account.displayName() + "?",
                    "They are signed out at once and cannot sign in until an admin reactivates the account. "
                            + "Nothing they hold is deleted.", "Deactivate",
                    () -> change(() -> accounts.deactivate(account.id()), account.displayName() + " deactivated")));
        } else {
            sub.addItem("Reactivate", click -> change(() -> accounts.reactivate(account.id()),
                    account.displayName() + " can sign in again"));
        }
        sub.addItem("Lift sign-in pause", click -> change(() -> {
            accounts.unlock(account.id());
            return null;
        }, "Sign-in pause lifted for " + account.displayName()));
        sub.addItem("Send a new invitation", click -> links("New invitation",
                () -> List.of(invitations.invite(account.id()))));
        sub.addItem("Reset password…", click -> ConfirmAction.ask("Reset " + account.displayName() + "'s password?",
                "Their current password stops working now; they choose a new one through a link.", "Reset password",
                () -> links("Password reset", () -> List.of(accounts.resetPassword(account.id())))));
        if (account.role() == Role.THERAPIST) {
            sub.addItem("Make admin", click -> change(() -> accounts.changeRole(account.id(), Role.ADMIN),
                    account.displayName() + " is now an admin"));
        } else if (account.role() == Role.ADMIN) {
            sub.addItem("Make therapist", click -> change(() -> accounts.changeRole(account.id(), Role.THERAPIST),
                    account.displayName() + " is now a therapist"));
        }
        return menu;
    }

    private void configureCoupleGrid() {
        coupleGrid.setAriaLabel("Couples");
        coupleGrid.addColumn(CoupleSummary::displayName).setHeader("Couple").setAutoWidth(true);
        coupleGrid.addColumn(CoupleSummary::partnerNames).setHeader("Partners").setAutoWidth(true).setFlexGrow(1);
        coupleGrid.addColumn(CoupleSummary::therapistName).setHeader("Therapist").setAutoWidth(true);
        coupleGrid.addColumn(c -> c.status().label()).setHeader("Status").setAutoWidth(true);
        coupleGrid.setItems(couples.allCouples());
        coupleGrid.setAllRowsVisible(true);
    }

    private void inviteStaff(AccountSummary created) {
        refresh();
        links("Invitation for " + created.displayName(), () -> List.of(invitations.invite(created.id())));
    }

    private void invitePartners(CoupleSummary created) {
        refresh();
        links("Invitations for " + created.displayName(), () -> created.partners().stream()
                .map(PartnerInfo::accountId).map(invitations::invite).toList());
    }

    private void links(String title, Supplier<List<InvitationService.IssuedLink>> issue) {
        new InvitationLinksDialog(title, issue.get()).open();
    }

    private void change(Supplier<?> action, String done) {
        try {
            action.get();
            Notification.show(done);
            refresh();
        } catch (AccountRefusedException | IllegalArgumentException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        accountGrid.getDataProvider().refreshAll();
        coupleGrid.setItems(couples.allCouples());
    }

    private static Span badge(String text, boolean positive) {
        var badge = new Span(text);
        badge.addClassNames("tw-badge", positive ? "tw-badge-success" : "tw-badge-muted");
        return badge;
    }
}
