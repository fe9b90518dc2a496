package org.trustwork.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.template.internal.DeprecatedPolymerPublishedEventHandler;
import java.lang.reflect.Type;
import tools.jackson.databind.JsonNode;
import org.trustwork.base.FrameworkOverride;

/**
 * Tells Vaadin that no argument sent to a {@code @ClientCallable} method is a Polymer template's model: Trustwork has
 * no Polymer templates. Without an implementation, Vaadin asks its Spring lookup for one on every such call (each
 * navigation, each grid confirmation), and the lookup searches every jar for a {@code META-INF/services} entry each
 * time, finding none. The searches queue on the jar files' locks: at the benchmark's 200 therapists, request threads
 * waited about 27 s of every 87 s on them, on top of 4 % of the CPU. Vaadin registers this class from its scan of the
 * allowed packages at start-up, so the search never runs.
 */
@FrameworkOverride(note = "0007", reliesOn = "Vaadin looks up DeprecatedPolymerPublishedEventHandler through its Lookup on every published event")
public class NoPolymerTemplates implements DeprecatedPolymerPublishedEventHandler {

    @Override
    public boolean isTemplateModelValue(Component instance, JsonNode argValue, Class<?> convertedType) {
        return false;
    }

    @Override
    public Object getTemplateItem(Component template, JsonNode argValue, Type convertedType) {
        // Vaadin asks for an item only after isTemplateModelValue has said yes, which it never does.
        throw new UnsupportedOperationException("Trustwork has no Polymer templates");
    }
}
