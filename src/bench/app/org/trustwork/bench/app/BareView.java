package org.trustwork.bench.app;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The framework's floor for the heap-per-UI benchmark: one button, no layout, no services. Exists only in the
 * benchmark's add-on jar (src/bench/app), never in the product.
 */
@Route(value = "bench/bare", autoLayout = false)
@PermitAll
public class BareView extends Div {

    private int clicks;

    public BareView() {
        var button = new Button("Click", click -> clicks++);
        button.setId("bare-button");
        add(button);
    }
}
