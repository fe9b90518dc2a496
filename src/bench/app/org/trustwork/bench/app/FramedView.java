package org.trustwork.bench.app;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * An empty view inside the app's own frame (the main layout with its navigation and user card), for the heap-per-UI
 * benchmark: what every signed-in screen costs before it shows anything. Only in the benchmark's add-on jar.
 */
@Route("bench/framed")
@PermitAll
public class FramedView extends Div {

    public FramedView() {
        setId("framed-view");
    }
}
