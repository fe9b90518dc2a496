package org.trustwork.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Leaves Trustwork for a neutral site at once, replacing this page in the browser's history (location.replace),
 * so Back does not bring the questions up again. Runs in the browser on the first tap, without a server round trip.
 */
public class QuickExit extends Button {

    public QuickExit(String neutralUrl) {
        super("Quick exit", VaadinIcon.SIGN_OUT.create());
        setId("quick-exit");
        addClassName("tw-quick-exit");
        addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        setTooltipText("Leave this page now for a neutral website");
        getElement().setAttribute("aria-label", "Quick exit: leave this page now for a neutral website");
        getElement().executeJs("const url = $0; this.addEventListener('click', e => { e.preventDefault();"
                + " window.location.replace(url); });", neutralUrl);
    }
}
