package org.trustwork.practice.ui;

import com.vaadin.flow.component.html.Span;
import org.trustwork.practice.AsksOf;
import org.trustwork.practice.Phase;

/** Small labels for a practice's phase and whom it asks of, styled per phase. */
final class PracticeChips {

    private PracticeChips() {
    }

    static Span phase(Phase phase) {
        var chip = new Span(phase.label());
        chip.addClassNames("tw-chip", "tw-phase-" + phase.name().toLowerCase());
        chip.getElement().setAttribute("title", phase.description());
        return chip;
    }

    static Span asksOf(AsksOf asksOf) {
        var chip = new Span(asksOf.label());
        chip.addClassName("tw-chip");
        return chip;
    }
}
