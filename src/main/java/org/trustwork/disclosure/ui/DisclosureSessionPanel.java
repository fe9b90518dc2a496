package org.trustwork.disclosure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import org.trustwork.base.ui.Notices;
import org.trustwork.disclosure.DisclosureService;
import org.trustwork.disclosure.DisclosureViews.SessionQuestion;
import org.trustwork.disclosure.Outcome;

/**
 * The disclosure session's agenda item in the live session screen: the released questions in the order they are
 * taken up, each with the written answer and a way to mark it answered, deferred (to a day) or declined (with a
 * reason). Embedded by the session screen; it calls the disclosure service only.
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
@StyleSheet("styles/disclosure.css")
public class DisclosureSessionPanel extends Div {

    private final DisclosureService disclosure;
    private final long coupleId;

    public DisclosureSessionPanel(DisclosureService disclosure, long coupleId) {
        this.disclosure = disclosure;
        this.coupleId = coupleId;
        addClassName("tw-disclosure-session");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<SessionQuestion> questions = disclosure.sessionQuestions(coupleId);
        var heading = new Span("Released questions, in order");
        heading.addClassName("tw-eyebrow");
        add(heading);
        if (questions.isEmpty()) {
            add(new Paragraph("No questions have been released yet. Release approved ones on the couple's "
                    + "disclosure page."));
            return;
        }
        var list = new OrderedList();
        list.addClassName("tw-disclosure-session-list");
        questions.forEach(q -> list.add(item(q)));
        add(list);
    }

    private ListItem item(SessionQuestion q) {
        var li = new ListItem();
        li.getElement().setAttribute("data-question", String.valueOf(q.id()));
        var text = new Paragraph(q.text());
        text.addClassName("tw-disclosure-text");
        var answer = new Paragraph(q.answer() == null ? "No written answer." : "Written answer: " + q.answer());
        answer.addClassName("tw-meta");
        li.add(text, answer);
        if (q.outcome() != null) {
            li.add(MyDisclosureView.outcomeLine(q.outcome(), q.deferredTo(), q.declineReason()));
        }
        var answered = new Button("Answered", click -> mark(q, Outcome.ANSWERED, null, null));
        answered.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        answered.addClassName("tw-mark-answered");
        var deferTo = new DatePicker("Defer to");
        deferTo.setMin(disclosure.today().plusDays(1));
        deferTo.setI18n(new DatePicker.DatePickerI18n().setMinErrorMessage("Choose a later day"));
        deferTo.addClassName("tw-defer-date");
        var defer = new Button("Defer", click -> {
            if (deferTo.getValue() == null || deferTo.isInvalid()) {
                deferTo.setInvalid(true);
                deferTo.setErrorMessage("Choose the day to come back to it");
                return;
            }
            mark(q, Outcome.DEFERRED, deferTo.getValue(), null);
        });
        defer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        defer.addClassName("tw-mark-deferred");
        var reason = new BoundText<>("Reason for declining", QuestionForm.ReasonForm.class, QuestionForm.ReasonForm::new,
                q.declineReason(), QuestionForm.REASON_MAX);
        reason.area().addClassName("tw-decline-reason");
        var decline = new Button("Decline", click -> reason.validText().ifPresent(r -> mark(q, Outcome.DECLINED, null, r)));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decline.addClassName("tw-mark-declined");
        var deferRow = new Div(deferTo, defer);
        deferRow.addClassName("tw-disclosure-actions");
        var declineRow = new Div(reason.area(), decline);
        declineRow.addClassName("tw-disclosure-decline");
        var controls = new Div(new Div(answered), deferRow, declineRow);
        if (q.outcome() == null) {
            li.add(controls);
        } else {
            // Marked already: the choice stays at hand for a change of mind, folded so the list reads at a glance.
            var change = new com.vaadin.flow.component.details.Details("Change outcome", controls);
            change.addClassName("tw-change-outcome");
            li.add(change);
        }
        return li;
    }

    private void mark(SessionQuestion q, Outcome outcome, LocalDate deferTo, String reason) {
        if (Attempt.run(() -> disclosure.mark(q.id(), outcome, deferTo, reason))) {
            Notices.success("Question " + q.number() + " marked " + outcome.label().toLowerCase() + ".");
            refresh();
        }
    }
}
