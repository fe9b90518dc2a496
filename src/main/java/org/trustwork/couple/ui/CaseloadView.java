package org.trustwork.couple.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.trustwork.account.Role;
import org.trustwork.couple.CoupleService;
import org.trustwork.couple.CoupleStatus;
import org.trustwork.couple.CoupleSummary;
import org.trustwork.emergency.EmergencyAccessService;
import org.trustwork.emergency.ui.EmergencyNotices;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.homework.HomeworkService;
import org.trustwork.security.CurrentUser;

/** The therapist's own couples, and only theirs. */
@Route("caseload")
@PageTitle("Caseload")
@Menu(title = "Caseload", order = 20, icon = "vaadin:group")
@RolesAllowed(Role.THERAPIST_NAME)
public class CaseloadView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final LiveUpdates liveUpdates;
    private final CurrentUser currentUser;
    private final Grid<CoupleSummary> grid = new Grid<>();
    private LiveUpdates.Subscription subscription;

    CaseloadView(CoupleService couples, HomeworkService homework, LiveUpdates liveUpdates, CurrentUser currentUser,
                 EmergencyAccessService emergency) {
        this.liveUpdates = liveUpdates;
        this.currentUser = currentUser;
        addClassName("tw-page");
        var search = new TextField();
        search.setPlaceholder("Find a couple");
        search.setAriaLabel("Find a couple");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(24rem, 100%)");

        grid.setAriaLabel("Your couples");
        grid.addColumn(CoupleSummary::displayName).setHeader("Couple").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(CoupleSummary::partnerNames).setHeader("Partners").setAutoWidth(true).setFlexGrow(1);
        grid.addComponentColumn(c -> statusBadge(c.status())).setHeader("Status").setAutoWidth(true);
        grid.addColumn(c -> DATE.format(c.startDate())).setHeader("In therapy since").setAutoWidth(true);
        grid.addColumn(c -> {
            Integer adherence = homework.coupleAdherenceLastTwoWeeks(c.id());
            return adherence == null ? "—" : adherence + "%";
        }).setHeader("Homework, 2 weeks").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> couples.caseload(search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) couples.countCaseload(search.getValue()));
        grid.addItemClickListener(click -> grid.getUI().ifPresent(
                ui -> ui.navigate(CoupleView.class, CoupleView.parameters(click.getItem().id()))));
        grid.setEmptyStateComponent(new Paragraph("No couples yet. A clinic admin assigns couples to you."));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new EmergencyNotices(emergency), new Paragraph("Open a couple to see their record."), search, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    /** A partner finishing homework updates the adherence column here without a reload. */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = liveUpdates.subscribe(HomeworkService.therapistTopic(currentUser.accountId()),
                () -> ui.access(() -> grid.getDataProvider().refreshAll()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
        }
    }

    static Span statusBadge(CoupleStatus status) {
        var badge = new Span(status.label());
        badge.addClassNames("tw-badge", switch (status) {
            case ACTIVE -> "tw-badge-success";
            case PAUSED -> "tw-badge-warning";
            case CLOSED -> "tw-badge-muted";
        });
        return badge;
    }
}
