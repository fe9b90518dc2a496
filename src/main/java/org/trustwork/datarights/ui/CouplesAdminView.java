package org.trustwork.datarights.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import org.springframework.data.domain.PageRequest;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.Role;
import org.trustwork.base.ui.ConfirmAction;
import org.trustwork.couple.CoupleFilter;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleStatus;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.datarights.CoupleDataExport;

/**
 * The clinic's couples for admins: who is in whose care, since when, and in what state. Admins move a couple to
 * another therapist, close or reopen them, and export everything about them as a ZIP. Nothing clinical is shown
 * here: an admin is not the couple's therapist, and only the export (recorded in the audit log) carries content.
 */
@Route("admin/couples")
@PageTitle("Couples")
@Menu(title = "Couples", order = 11, icon = "vaadin:heart")
@RolesAllowed(Role.ADMIN_NAME)
public class CouplesAdminView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final CoupleService couples;
    private final AccountService accounts;
    private final CoupleDataExport dataExport;
    private final TextField search = new TextField();
    private final Select<CoupleStatus> status = new Select<>();
    private final Grid<CoupleSummary> grid = new Grid<>();

    CouplesAdminView(CoupleService couples, AccountService accounts, CoupleDataExport dataExport) {
        this.couples = couples;
        this.accounts = accounts;
        this.dataExport = dataExport;
        addClassNames("tw-page", "tw-couples-admin");

        search.setLabel("Search");
        search.setPlaceholder("Couple, therapist or partner");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setId("couple-search");
        status.setLabel("Status");
        status.setItems(CoupleStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setId("couple-status");
        search.addValueChangeListener(change -> refresh());
        status.addValueChangeListener(change -> refresh());
        var filters = new HorizontalLayout(search, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("tw-toolbar");
        filters.setFlexGrow(1, search);
        filters.setWidthFull();

        grid.setAriaLabel("Couples");
        grid.addColumn(CoupleSummary::displayName).setHeader("Couple").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(CoupleSummary::therapistName).setHeader("Therapist").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(c -> DAY.format(c.startDate())).setHeader("Started").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(CouplesAdminView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> couples.findCouples(filter(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) couples.countCouples(filter()));
        grid.setEmptyStateText("No couple matches.");

        add(new Paragraph("Every couple in the clinic. Clinical records stay with the couple's therapist; an export "
                + "contains them and is recorded in the audit log."), filters, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private CoupleFilter filter() {
        return new CoupleFilter(search.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static Component statusBadge(CoupleSummary couple) {
        String text = couple.status() == CoupleStatus.CLOSED && couple.closedOn() != null
                ? "Closed " + DAY.format(couple.closedOn()) : couple.status().label();
        var badge = new Span(text);
        badge.addClassNames("tw-badge", switch (couple.status()) {
            case ACTIVE -> "tw-badge-success";
            case PAUSED -> "tw-badge-warning";
            case CLOSED -> "tw-badge-muted";
        });
        return badge;
    }

    private Component actions(CoupleSummary couple) {
        var transfer = new Button("Move to…", click -> transferDialog(couple).open());
        transfer.setAriaLabel("Move " + couple.displayName() + " to another therapist");
        transfer.setEnabled(couple.status() != CoupleStatus.CLOSED);
        // Streamed straight into the response; the export writes its own audit entry.
        var export = new Anchor((DownloadEvent event) -> {
            event.setFileName(CoupleDataExport.fileName(couple.id()));
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                dataExport.write(couple.id(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "Export data");
        export.getElement().setAttribute("aria-label", "Export all data of " + couple.displayName() + " as ZIP");
        export.addClassName("tw-download");
        Button closeOrReopen;
        if (couple.status() == CoupleStatus.CLOSED) {
            closeOrReopen = new Button("Reopen", click -> change(() -> couples.reopen(couple.id()),
                    couple.displayName() + " reopened"));
            closeOrReopen.setEnabled(couple.reopenable());
        } else {
            closeOrReopen = new Button("Close…", click -> ConfirmAction.ask("Close " + couple.displayName() + "?",
                    "Their therapy ends today. Once the clinic's retention period has passed, their sessions, "
                            + "homework and check-ins are deleted and their names replaced; until then you can "
                            + "reopen them.", "Close couple",
                    () -> change(() -> couples.close(couple.id()), couple.displayName() + " closed")));
        }
        closeOrReopen.setAriaLabel(closeOrReopen.getText().replace("…", "") + " " + couple.displayName());
        for (Button button : new Button[] {transfer, closeOrReopen}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var box = new HorizontalLayout(transfer, export, closeOrReopen);
        box.setSpacing(false);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("tw-couple-actions");
        return box;
    }

    private Dialog transferDialog(CoupleSummary couple) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Move " + couple.displayName());
        var therapist = new ComboBox<AccountSummary>("New therapist");
        therapist.setItems(accounts.therapists().stream()
                .filter(t -> t.enabled() && !t.displayName().equals(couple.therapistName())).toList());
        therapist.setItemLabelGenerator(AccountSummary::displayName);
        therapist.setWidthFull();
        therapist.setId("new-therapist");
        dialog.add(new Paragraph("From now on the new therapist sees everything of this couple and "
                + couple.therapistName() + " nothing. The move is recorded in the audit log."), therapist);
        var move = new Button("Move couple", click -> {
            if (therapist.isEmpty()) {
                therapist.setInvalid(true);
                therapist.setErrorMessage("Choose the new therapist.");
                return;
            }
            change(() -> couples.transfer(couple.id(), therapist.getValue().id()),
                    couple.displayName() + " moved to " + therapist.getValue().displayName());
            dialog.close();
        });
        move.setId("move-couple");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), move);
        return dialog;
    }

    private void change(Supplier<?> action, String done) {
        try {
            action.get();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (IllegalArgumentException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
