package org.trustwork.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.Role;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.couple.ui.NewCoupleDialog;

@Route("admin/accounts")
@PageTitle("Accounts")
@Menu(title = "Accounts", order = 10, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final CoupleService couples;
    private final TextField search = new TextField();
    private final Grid<AccountSummary> accountGrid = new Grid<>();
    private final Grid<CoupleSummary> coupleGrid = new Grid<>();

    AccountsView(AccountService accounts, CoupleService couples) {
        this.accounts = accounts;
        this.couples = couples;
        addClassName("tw-page");

        search.setPlaceholder("Name or e-mail");
        search.setAriaLabel("Search accounts");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> accountGrid.getDataProvider().refreshAll());

        var newStaff = new Button("New staff account", VaadinIcon.PLUS.create(),
                click -> new NewStaffDialog(accounts, created -> refresh()).open());
        newStaff.setId("new-staff");
        var newCouple = new Button("New couple", VaadinIcon.PLUS.create(),
                click -> new NewCoupleDialog(accounts, couples, created -> refresh()).open());
        newCouple.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCouple.setId("new-couple");
        var toolbar = new HorizontalLayout(search, newStaff, newCouple);
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("tw-toolbar");

        configureAccountGrid();
        configureCoupleGrid();
        add(toolbar, accountGrid, new H2("Couples"), coupleGrid);
    }

    private void configureAccountGrid() {
        accountGrid.setAriaLabel("Accounts");
        accountGrid.addColumn(AccountSummary::displayName).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        accountGrid.addColumn(AccountSummary::email).setHeader("E-mail").setAutoWidth(true).setFlexGrow(1);
        accountGrid.addColumn(a -> a.role().label()).setHeader("Role").setAutoWidth(true);
        accountGrid.addComponentColumn(a -> badge(a.enabled() ? "Active" : "Disabled", a.enabled()))
                .setHeader("Status").setAutoWidth(true);
        accountGrid.addColumn(a -> a.lastLoginAt() == null ? "Never" : WHEN.format(a.lastLoginAt()))
                .setHeader("Last login").setAutoWidth(true);
        accountGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        accountGrid.setItems(query -> accounts.findAccounts(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) accounts.countAccounts(search.getValue()));
        accountGrid.setHeight("24rem");
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
