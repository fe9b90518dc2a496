package org.trustwork.practice.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.trustwork.account.Role;
import org.trustwork.practice.AsksOf;
import org.trustwork.practice.Phase;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;

/** Browse and search the 25 practices; each card opens the full practice. */
@Route("practices")
@PageTitle("Practice library")
@Menu(title = "Practice library", order = 40, icon = "vaadin:book")
@RolesAllowed({Role.THERAPIST_NAME, Role.PARTNER_NAME})
public class PracticeLibraryView extends VerticalLayout {

    private final PracticeService practices;
    private final TextField search = new TextField("Search");
    private final Select<Phase> phase = new Select<>();
    private final Select<AsksOf> asksOf = new Select<>();
    private final Div results = new Div();
    private final Paragraph count = new Paragraph();

    PracticeLibraryView(PracticeService practices) {
        this.practices = practices;
        addClassName("tw-page");

        search.setPlaceholder("Title, topic or number");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        phase.setLabel("Phase");
        phase.setItems(Phase.values());
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption("All phases");
        phase.setItemLabelGenerator(p -> p == null ? "All phases" : p.label());
        // "Hurt partner" also finds the practices that give the hurt partner a part of their own (PracticeInfo.asks).
        asksOf.setLabel("Asks of");
        asksOf.setItems(practices.asksOfInUse());
        asksOf.setEmptySelectionAllowed(true);
        asksOf.setEmptySelectionCaption("Anyone");
        asksOf.setItemLabelGenerator(a -> a == null ? "Anyone" : a.label());
        search.addValueChangeListener(change -> refresh());
        phase.addValueChangeListener(change -> refresh());
        asksOf.addValueChangeListener(change -> refresh());

        var filters = new Div(search, phase, asksOf);
        filters.addClassName("tw-filters");
        count.addClassName("tw-result-count");
        count.getElement().setAttribute("aria-live", "polite");
        results.addClassName("tw-practice-grid");
        add(filters, count, results);
        refresh();
    }

    private void refresh() {
        List<PracticeInfo> found = practices.search(new PracticeFilter(search.getValue(), phase.getValue(),
                asksOf.getValue()));
        results.removeAll();
        found.forEach(p -> results.add(card(p)));
        String forHurt = asksOf.getValue() == AsksOf.HURT_PARTNER ? " with a part for the hurt partner" : "";
        count.setText(found.isEmpty() ? "No practice matches. Try fewer words or clear a filter."
                : (found.size() == 1 ? "1 practice" : found.size() + " practices") + forHurt);
    }

    private static Anchor card(PracticeInfo practice) {
        var number = new Span(String.valueOf(practice.number()));
        number.addClassName("tw-practice-number");
        number.getElement().setAttribute("aria-label", "Practice " + practice.number());
        var title = new H3(practice.title());
        var chips = new Div(PracticeChips.phase(practice.phase()), PracticeChips.asksOf(practice.asksOf()));
        if (practice.hasHurtPartnerPart() && practice.asksOf() != AsksOf.HURT_PARTNER) {
            chips.add(PracticeChips.hurtPartnerPart());
        }
        chips.addClassName("tw-chips");
        var summary = new Paragraph(practice.summary());
        summary.addClassName("tw-practice-summary");
        var card = new Anchor(RouteConfiguration.forSessionScope().getUrl(PracticeView.class, PracticeView.parameters(practice.slug())), "");
        card.add(new Div(number, title), chips, summary);
        card.addClassName("tw-practice-card");
        return card;
    }
}
