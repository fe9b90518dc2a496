package org.trustwork.disclosure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import org.trustwork.account.Role;
import org.trustwork.base.ui.Notices;
import org.trustwork.base.ui.RouteIds;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.disclosure.DisclosureService;
import org.trustwork.disclosure.DisclosureViews.PartnerName;
import org.trustwork.disclosure.DisclosureViews.ReadinessLine;
import org.trustwork.disclosure.DisclosureViews.SortedQuestion;
import org.trustwork.disclosure.DisclosureViews.TherapistQueue;
import org.trustwork.disclosure.QuestionStatus;

/**
 * One couple's disclosure questions, for their therapist at a laptop: who the hurt partner is, the readiness
 * checklist, and every question sent (never a draft) to sort, reword and release.
 */
@Route("couples/:coupleId(\\d+)/disclosure")
@PageTitle("Disclosure questions")
@RolesAllowed(Role.THERAPIST_NAME)
@StyleSheet("styles/disclosure.css")
public class DisclosureQueueView extends VerticalLayout implements BeforeEnterObserver {

    private final DisclosureService disclosure;
    private long coupleId;

    DisclosureQueueView(DisclosureService disclosure) {
        this.disclosure = disclosure;
        addClassNames("tw-page", "tw-disclosure-queue");
    }

    public static RouteParameters parameters(long coupleId) {
        return new RouteParameters("coupleId", String.valueOf(coupleId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        coupleId = RouteIds.of(event, "coupleId").orElse(-1L);
        try {
            show(disclosure.queue(coupleId));
        } catch (org.springframework.security.access.AccessDeniedException refused) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void refresh() {
        show(disclosure.queue(coupleId));
    }

    private void show(TherapistQueue queue) {
        removeAll();
        var back = new Anchor("couples/" + coupleId, "← " + queue.coupleName());
        back.addClassName("tw-back");
        add(back, new H2("Disclosure questions · " + queue.coupleName()));
        var columns = new Div(designation(queue), readiness(queue));
        columns.addClassName("tw-disclosure-columns");
        add(columns);
        if (queue.hurtPartnerAccountId() == null) {
            return;
        }
        var heading = new H3("Questions from " + queue.nameOf(queue.hurtPartnerAccountId()));
        var explain = new Paragraph("Only questions sent to you appear here; drafts stay with "
                + queue.nameOf(queue.hurtPartnerAccountId()) + ". " + queue.involvedPartnerName()
                + " sees a question only once it is approved and its release day has come.");
        explain.addClassName("tw-meta");
        add(heading, explain);
        if (queue.questions().isEmpty()) {
            add(new Paragraph("No questions sent yet."));
        }
        queue.questions().forEach(q -> add(questionCard(q, queue)));
    }

    private Article designation(TherapistQueue queue) {
        var group = new RadioButtonGroup<PartnerName>("Hurt partner");
        group.setItems(queue.partners());
        group.setItemLabelGenerator(PartnerName::displayName);
        group.setId("hurt-partner");
        queue.partners().stream().filter(p -> queue.hurtPartnerAccountId() != null
                && p.accountId() == queue.hurtPartnerAccountId()).findFirst().ifPresent(group::setValue);
        group.setReadOnly(queue.designationLocked());
        var card = new Article(new H3("Who asks"), group);
        if (queue.designationLocked()) {
            var locked = new Paragraph("Fixed now that questions have been written.");
            locked.addClassName("tw-meta");
            card.add(locked);
        } else {
            var help = new Paragraph("The hurt partner writes the questions; the other partner answers them.");
            help.addClassName("tw-meta");
            var save = new Button("Save", click -> {
                if (group.getValue() == null) {
                    group.setInvalid(true);
                    group.setErrorMessage("Choose one of the partners");
                    return;
                }
                if (Attempt.run(() -> disclosure.designateHurtPartner(coupleId, group.getValue().accountId()))) {
                    Notices.success(group.getValue().displayName() + " can now write questions.");
                    refresh();
                }
            });
            save.setId("save-hurt-partner");
            card.add(help, save);
        }
        card.addClassNames("tw-card");
        return card;
    }

    private Article readiness(TherapistQueue queue) {
        var card = new Article(new H3("Ready for a disclosure session?"));
        card.addClassNames("tw-card", "tw-readiness");
        for (ReadinessLine line : queue.readiness().lines()) {
            var box = new Checkbox(line.item().label(), line.tickedOn() != null);
            box.addClassName("tw-readiness-item");
            box.getElement().setAttribute("data-item", line.item().name());
            box.addValueChangeListener(change -> {
                if (change.isFromClient() && Attempt.run(() -> disclosure.tick(coupleId, line.item(), change.getValue()))) {
                    refresh();
                }
            });
            var row = new Div(box);
            row.addClassName("tw-readiness-row");
            if (line.tickedOn() != null) {
                var on = new Span("ticked " + ViewerDates.day(line.tickedOn()));
                on.addClassName("tw-meta");
                row.add(on);
            }
            line.automatic().forEach(a -> {
                var auto = new Span(a.source() + ": " + (a.met() ? "done" : "still open") + " (" + ViewerDates.day(a.asOf()) + ")");
                auto.addClassNames("tw-badge", a.met() ? "tw-badge-success" : "tw-badge-warning");
                row.add(auto);
            });
            card.add(row);
        }
        var verdict = new Paragraph(queue.readiness().ready()
                ? "Every item is met: a disclosure session can be put on a session's agenda."
                : "A disclosure session can be scheduled once every item is met.");
        verdict.addClassName(queue.readiness().ready() ? "tw-readiness-ready" : "tw-meta");
        verdict.setId("readiness-verdict");
        card.add(verdict);
        return card;
    }

    private Article questionCard(SortedQuestion q, TherapistQueue queue) {
        var card = new Article();
        card.addClassNames("tw-card", "tw-disclosure-question");
        card.getElement().setAttribute("data-question", String.valueOf(q.id()));
        var badge = new Span(badgeText(q, queue));
        badge.addClassNames("tw-badge", "tw-question-status", switch (q.status()) {
            case APPROVED -> "tw-badge-success";
            case HELD, DISCUSS_FIRST -> "tw-badge-warning";
            default -> "tw-badge-muted";
        });
        var text = new Paragraph(q.text());
        text.addClassName("tw-disclosure-text");
        card.add(badge, text);
        if (q.status() == QuestionStatus.WITHDRAWN) {
            return card;
        }
        if (q.outcome() == null) {
            var sorting = new Div();
            sorting.addClassName("tw-disclosure-actions");
            sorting.add(sortButton(q, QuestionStatus.APPROVED, "Approve"),
                    sortButton(q, QuestionStatus.DISCUSS_FIRST, "Discuss first"),
                    sortButton(q, QuestionStatus.HELD, "Hold"));
            card.add(sorting);
            card.add(rewording(q, queue));
        }
        if (q.status() == QuestionStatus.APPROVED && !q.released()) {
            card.add(releaseForm(q, queue));
        }
        if (q.released()) {
            var label = new Span(queue.involvedPartnerName() + "'s written answer (you read it first)");
            label.addClassName("tw-eyebrow");
            var answer = new Paragraph(q.answer() == null ? "Not answered yet." : q.answer());
            answer.addClassName("tw-disclosure-answer");
            card.add(label, answer);
        }
        if (q.outcome() != null) {
            card.add(MyDisclosureView.outcomeLine(q.outcome(), q.deferredTo(), q.declineReason()));
        }
        return card;
    }

    private String badgeText(SortedQuestion q, TherapistQueue queue) {
        if (q.status() == QuestionStatus.APPROVED) {
            return q.released() ? "Released to " + queue.involvedPartnerName()
                    : q.releaseOn() != null ? "Approved · release on " + ViewerDates.day(q.releaseOn()) : "Approved";
        }
        return switch (q.status()) {
            case SUBMITTED -> "To sort";
            case DISCUSS_FIRST -> "Discuss first, individually";
            case HELD -> "On hold";
            case WITHDRAWN -> "Withdrawn by " + queue.nameOf(queue.hurtPartnerAccountId());
            default -> q.status().label();
        };
    }

    private Button sortButton(SortedQuestion q, QuestionStatus sorting, String label) {
        var button = new Button(label, click -> {
            if (Attempt.run(() -> disclosure.sort(q.id(), sorting))) {
                refresh();
            }
        });
        button.addClassName("tw-sort-" + sorting.name().toLowerCase().replace('_', '-'));
        if (q.status() == sorting) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.getElement().setAttribute("aria-pressed", "true");
        } else {
            button.getElement().setAttribute("aria-pressed", "false");
        }
        return button;
    }

    private Div rewording(SortedQuestion q, TherapistQueue queue) {
        var box = new BoundText<>("Suggested rewording (only " + queue.nameOf(queue.hurtPartnerAccountId())
                + " sees it)", QuestionForm.RewordForm.class, QuestionForm.RewordForm::new, q.suggestedWording(),
                QuestionForm.TEXT_MAX);
        box.area().addClassName("tw-rewording");
        var save = new Button("Save suggestion", click -> box.validText().ifPresent(text -> {
            if (Attempt.run(() -> disclosure.suggestWording(q.id(), text), box::showError)) {
                Notices.success(text.isBlank() ? "Suggestion taken back." : "Suggestion saved for "
                        + queue.nameOf(queue.hurtPartnerAccountId()) + ".");
                refresh();
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClassName("tw-save-rewording");
        var form = new Div(box.area(), save);
        form.addClassName("tw-disclosure-rewording");
        return form;
    }

    private Div releaseForm(SortedQuestion q, TherapistQueue queue) {
        var date = new DatePicker("Release to " + queue.involvedPartnerName() + " on");
        date.setMin(queue.today());
        date.setValue(q.releaseOn() != null ? q.releaseOn() : queue.today());
        date.setI18n(new DatePicker.DatePickerI18n().setBadInputErrorMessage("Enter a date, e.g. 12/31/2026")
                .setMinErrorMessage("Choose today or a later day"));
        date.addClassName("tw-release-date");
        var release = new Button(q.releaseOn() == null ? "Release" : "Change day", click -> {
            LocalDate on = date.getValue();
            if (on == null || date.isInvalid()) {
                date.setInvalid(true);
                date.setErrorMessage("Choose today or a later day");
                return;
            }
            if (Attempt.run(() -> disclosure.release(q.id(), on), message -> {
                date.setInvalid(true);
                date.setErrorMessage(message);
            })) {
                Notices.success(on.equals(queue.today()) ? "Released to " + queue.involvedPartnerName() + " now."
                        : "Will be released to " + queue.involvedPartnerName() + " on " + ViewerDates.day(on) + ".");
                refresh();
            }
        });
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClassName("tw-release");
        var form = new Div(date, release);
        form.addClassName("tw-disclosure-release");
        return form;
    }
}
