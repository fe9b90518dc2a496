package org.trustwork.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import org.trustwork.account.Role;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.audit.AuditEntry;
import org.trustwork.audit.AuditFilter;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditTrail;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleSummary;

/** The audit trail for admins: search by person, kind, couple and days, and export what is found as CSV. */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 12, icon = "vaadin:records")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditLogView extends VerticalLayout {

    private final ZoneId zone = BrowserTime.zone();

    private final TextField person = new TextField("Person");
    private final Select<AuditKind> kind = new Select<>();
    private final ComboBox<CoupleSummary> couple = new ComboBox<>("Couple");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditEntry> grid = new Grid<>();

    AuditLogView(AuditTrail trail, CoupleService couples) {
        addClassNames("tw-page", "tw-audit-page");
        person.setPlaceholder("Name or e-mail");
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setPrefixComponent(VaadinIcon.SEARCH.create());
        kind.setLabel("What");
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Anything");
        kind.setItemLabelGenerator(k -> k == null ? "Anything" : label(k));
        couple.setItems(couples.allCouples());
        couple.setItemLabelGenerator(CoupleSummary::displayName);
        couple.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        couple.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        var export = new Anchor((DownloadEvent event) -> {
            byte[] csv = trail.exportCsv(filter());
            event.setFileName("trustwork-audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            event.setContentLength(csv.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(csv);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "Export as CSV");
        export.setId("export-audit");
        export.addClassName("tw-download");

        var filters = new Div(person, kind, couple, from, to, export);
        filters.addClassName("tw-audit-filters");

        grid.setAriaLabel("Audit log");
        grid.addColumn(e -> ViewerDates.stamp(e.occurredAt(), zone)).setHeader("When").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(e -> label(e.kind())).setHeader("What").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(AuditLogView::record).setHeader("Record").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(1);
        grid.addColumn(AuditEntry::remoteAddress).setHeader("From").setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> trail.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) trail.count(filter()));

        add(new Paragraph("Every sign-in, account change, and view, change, export and deletion of a couple's "
                + "records. Nobody can change or remove an entry."), filters, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private AuditFilter filter() {
        return new AuditFilter(person.getValue(), kind.getValue(), couple.getValue() == null ? null : couple.getValue().id(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /**
     * The record in words a person reads: what kind of record and whose (the person, or the couple it belongs to),
     * never what it says. The id stays for a record whose name is not known; the CSV export keeps the stored type
     * names and ids for tools.
     */
    public static String record(AuditEntry entry) {
        if (entry.recordType() == null) {
            return "";
        }
        String type = switch (entry.recordType()) {
            case "couple" -> "Couple";
            case "account" -> "Account";
            case "session" -> "Session";
            case "private-note" -> "Private note";
            case "homework" -> "Homework";
            case "homework-occurrence" -> "Homework due day";
            case "checkin" -> "Check-in";
            case "measure-request" -> "Questionnaire request";
            case "audit-log" -> "Audit log";
            default -> entry.recordType();
        };
        if (entry.recordName() != null) {
            return type + " · " + entry.recordName();
        }
        return entry.recordId() == null ? type : type + " " + entry.recordId();
    }

    private static String label(AuditKind kind) {
        return switch (kind) {
            case SIGN_IN -> "Sign-in";
            case SIGN_IN_FAILED -> "Failed sign-in";
            case SIGN_OUT -> "Sign-out";
            case ACCOUNT_CHANGE -> "Account change";
            case VIEW -> "Viewed";
            case CHANGE -> "Changed";
            case EXPORT -> "Exported";
            case DELETION -> "Deleted";
            case ACCESS_GRANT -> "Access given";
        };
    }
}
