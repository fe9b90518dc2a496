package org.trustwork.practice.ui;

import com.vaadin.flow.component.html.Span;
import org.trustwork.practice.Addressee;
import org.trustwork.practice.AsksOf;
import org.trustwork.practice.Phase;

/** Small labels for a practice's phase and whom it asks of, styled per phase. */
public final class PracticeChips {

    private PracticeChips() {
    }

    static Span phase(Phase phase) {
        var chip = new Span(phase.label());
        chip.addClassNames("tw-chip", "tw-phase-" + phase.name().toLowerCase());
        chip.getElement().setAttribute("title", phase.description());
        return chip;
    }

    /** Marks a practice that gives the hurt partner a part of their own. */
    static Span hurtPartnerPart() {
        var chip = new Span("Part for the hurt partner");
        chip.addClassNames("tw-chip", "tw-chip-hurt-part");
        return chip;
    }

    /**
     * The partner a session prompt is put to, set before the prompt so it is read first. The visible words are
     * short; screen readers hear the whole "For the hurt partner".
     */
    public static Span addressee(Addressee addressee) {
        var shown = new Span(addressee.label());
        shown.getElement().setAttribute("aria-hidden", "true");
        var spoken = new Span(addressee.longLabel() + ":");
        spoken.addClassName("tw-sr-only");
        var chip = new Span(shown, spoken);
        chip.addClassNames("tw-chip", "tw-addressee", "tw-addressee-" + addressee.name().toLowerCase());
        chip.getElement().setAttribute("title", addressee.longLabel());
        return chip;
    }

    static Span asksOf(AsksOf asksOf) {
        var chip = new Span(asksOf.label());
        chip.addClassName("tw-chip");
        return chip;
    }
}
