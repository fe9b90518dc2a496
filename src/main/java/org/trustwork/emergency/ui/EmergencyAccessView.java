package org.trustwork.emergency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.trustwork.account.AccountService;
import org.trustwork.account.AccountSummary;
import org.trustwork.account.Role;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.emergency.EmergencyAccessService;
import org.trustwork.emergency.EmergencyGrantInfo;

/** Admins give a therapist time-limited access to a colleague's couple, and withdraw it. */
@Route("admin/emergency-access")
@PageTitle("Emergency access")
@Menu(title = "Emergency access", order = 11, icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_NAME)
public class EmergencyAccessView extends Div {

    private final EmergencyAccessService emergency;
    private final Grid<EmergencyGrantInfo> grid = new Grid<>();

    EmergencyAccessView(EmergencyAccessService emergency, CoupleService couples, AccountService accounts) {
        this.emergency = emergency;
        addClassNames("tw-page", "tw-emergency");
        var couple = new ComboBox<CoupleSummary>("Couple");
        couple.setItems(couples.allCouples());
        couple.setItemLabelGenerator(c -> c.displayName() + " (" + c.therapistName() + ")");
        couple.setRequiredIndicatorVisible(true);
        var therapist = new ComboBox<AccountSummary>("Therapist who covers");
        therapist.setItems(accounts.therapists());
        therapist.setItemLabelGenerator(AccountSummary::displayName);
        therapist.setRequiredIndicatorVisible(true);
        var minutes = new IntegerField("Minutes");
        minutes.setMin(1);
        minutes.setMax(EmergencyAccessService.MAX_MINUTES);
        minutes.setValue(EmergencyAccessService.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText("At most " + EmergencyAccessService.MAX_MINUTES + "; grant again if more is needed.");
        var reason = new TextArea("Reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setMaxLength(500);
        reason.setHelperText("Shown to the couple's own therapist and kept in the audit trail. "
                + "No clinical details, please.");
        var grant = new Button("Give access", click -> {
            try {
                reason.setInvalid(reason.getValue().isBlank());
                reason.setErrorMessage("Give a reason.");
                if (couple.isEmpty() || therapist.isEmpty() || minutes.isEmpty() || reason.getValue().isBlank()) {
                    throw new IllegalArgumentException("Choose a couple and a therapist, and give a reason.");
                }
                var info = emergency.grant(couple.getValue().id(), therapist.getValue().id(), minutes.getValue(),
                        reason.getValue());
                Notification.show(info.therapistName() + " may open " + info.coupleName() + " until "
                                + Times.show(info.until()) + ".", 5000,
                        Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reason.clear();
                refresh();
            } catch (IllegalArgumentException wrong) {
                Notification.show(wrong.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grant.setId("give-emergency-access");
        var form = new Div(couple, therapist, minutes, reason, grant);
        form.addClassName("tw-emergency-form");

        grid.setAriaLabel("Emergency access, current and recent");
        grid.addColumn(EmergencyGrantInfo::coupleName).setHeader("Couple").setAutoWidth(true);
        grid.addColumn(EmergencyGrantInfo::therapistName).setHeader("Therapist").setAutoWidth(true);
        grid.addColumn(g -> g.active() ? "until " + Times.show(g.until())
                : g.revoked() ? "withdrawn" : "ended").setHeader("Access").setAutoWidth(true);
        grid.addColumn(EmergencyGrantInfo::reason).setHeader("Reason").setFlexGrow(1).setWidth("16rem");
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EmergencyGrantInfo::grantedByName).setHeader("Given by").setAutoWidth(true);
        grid.addComponentColumn(g -> {
            var withdraw = new Button("Withdraw", click -> {
                emergency.withdraw(g.id());
                refresh();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            withdraw.setVisible(g.active());
            return withdraw;
        }).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No emergency access in the last two weeks.");

        add(new Paragraph("When a couple's therapist is unavailable, let another therapist open that couple's "
                        + "record for up to an hour. The couple's own therapist sees who, when and why."),
                form, new H2("Current and recent"), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(emergency.recentGrants());
    }
}
