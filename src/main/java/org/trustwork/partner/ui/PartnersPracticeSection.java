package org.trustwork.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.PartnersPractice;

/**
 * On a partner's homework page: what the other partner marked done lately, each with an optional "How did it land
 * for you?". Nothing here is a to-do: no counts, no reminders, and nothing shows on the other partner's page
 * unless this partner shares an answer.
 */
public class PartnersPracticeSection extends Div {

    private static final int SHOWN = 3;

    public PartnersPracticeSection(HomeworkService homework, Runnable refresh) {
        List<PartnersPractice> done = homework.myPartnersPractice();
        if (done.isEmpty()) {
            setVisible(false);
            return;
        }
        addClassNames("tw-homework-section", "tw-partners-practice");
        setId("partners-practice");
        var heading = new H2("What " + done.getFirst().doneBy() + " did lately");
        heading.addClassName("tw-section-title");
        var hint = new Paragraph("If you like, say how it landed for you. It is never required.");
        hint.addClassName("tw-meta");
        add(heading, hint);
        // The latest few in full; the rest of the fortnight folded, so the page stays about the partner's own homework.
        var earlier = new com.vaadin.flow.component.details.Details("Earlier (" + Math.max(0, done.size() - SHOWN) + ")");
        earlier.addClassName("tw-partners-practice-earlier");
        int shown = 0;
        for (PartnersPractice p : done) {
            var title = new H3(p.title());
            String doneText = "one " + MyHomeworkView.DAY.format(p.doneOn()) + " by " + p.doneBy();
            var meta = new Paragraph(p.dueDate().equals(p.doneOn()) ? "D" + doneText
                    : "For " + MyHomeworkView.DAY.format(p.dueDate()) + " · d" + doneText);
            meta.addClassName("tw-meta");
            var card = new Article(title, meta);
            card.addClassNames("tw-card", "tw-task", "tw-landing-card");
            card.getElement().setAttribute("data-occurrence", String.valueOf(p.occurrenceId()));
            if (p.myAnswer() != null) {
                var said = new Paragraph("You said: " + p.myAnswer().label()
                        + (p.shared() ? " · " + p.doneBy() + " can read this" : " · only your therapist can read this"));
                said.addClassName("tw-landing-said");
                card.add(said);
            }
            var answer = new Button(p.myAnswer() == null ? "How did it land for you?" : "Change",
                    click -> new LandingDialog(homework, p, refresh).open());
            answer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            answer.setAriaLabel((p.myAnswer() == null ? "Say how it landed: " : "Change how it landed: ") + p.title()
                    + ", " + MyHomeworkView.DAY.format(p.doneOn()));
            answer.getElement().setAttribute("data-landing", String.valueOf(p.occurrenceId()));
            var actions = new Div(answer);
            actions.addClassName("tw-task-actions");
            card.add(actions);
            if (shown++ < SHOWN) {
                add(card);
            } else {
                earlier.add(card);
            }
        }
        if (done.size() > SHOWN) {
            add(earlier);
        }
    }
}
