package org.trustwork.disclosure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.trustwork.account.Role;
import org.trustwork.base.ui.ConfirmAction;
import org.trustwork.base.ui.Notices;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.disclosure.DisclosureService;
import org.trustwork.disclosure.DisclosureViews.MyDisclosure;
import org.trustwork.disclosure.DisclosureViews.OwnQuestion;
import org.trustwork.disclosure.DisclosureViews.QuestionToAnswer;
import org.trustwork.disclosure.Outcome;
import org.trustwork.disclosure.QuestionStatus;

/**
 * A partner's disclosure questions, phone first. The hurt partner writes, revises, withdraws and sends their
 * questions; the involved partner sees only questions released to them and writes answers their therapist reads
 * first. Which of the two the signed-in partner is, the service decides.
 */
@Route("my-disclosure")
@PageTitle("Questions")
@Menu(title = "Questions", order = 34, icon = "vaadin:comments-o")
@RolesAllowed(Role.PARTNER_NAME)
@StyleSheet("styles/disclosure.css")
public class MyDisclosureView extends VerticalLayout {

    private final DisclosureService disclosure;
    private final Div content = new Div();

    MyDisclosureView(DisclosureService disclosure) {
        this.disclosure = disclosure;
        addClassNames("tw-page", "tw-disclosure-page");
        content.setWidthFull();
        add(content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        MyDisclosure mine = disclosure.mine();
        switch (mine.part()) {
            case HURT_PARTNER -> hurtPartner(mine);
            case INVOLVED_PARTNER -> involvedPartner(mine);
            case NONE -> {
                content.add(new H2("Questions"));
                content.add(new Paragraph("Nothing here yet. If your therapist suggests working with written "
                        + "questions, they will set it up with you and this page will open for you."));
            }
        }
    }

    // ---- hurt partner ---------------------------------------------------------------------------------------

    private void hurtPartner(MyDisclosure mine) {
        var intro = new Paragraph("Write the questions you want " + mine.otherPartnerName() + " to answer. Drafts "
                + "are yours alone. When you send one, your therapist reads it first and decides with you when it goes "
                + "to " + mine.otherPartnerName() + ". You can change or withdraw any question at any time.");
        intro.addClassName("tw-meta");
        content.add(new H2("Your questions"), intro, newQuestionCard());
        var list = new Div();
        list.addClassName("tw-disclosure-list");
        mine.ownQuestions().reversed().forEach(q -> list.add(ownCard(q, mine.otherPartnerName())));
        content.add(list);
    }

    private Article newQuestionCard() {
        var box = new BoundText<>("New question", QuestionForm.class, QuestionForm::new, null, QuestionForm.TEXT_MAX);
        box.area().setId("new-question");
        box.area().setHelperText("Only you can see a draft.");
        var save = new Button("Save draft", click -> box.validText().ifPresent(text -> {
            if (Attempt.run(() -> disclosure.draft(text), box::showError)) {
                Notices.success("Draft saved. Only you can see it.");
                refresh();
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-draft");
        var card = new Article(box.area(), save);
        card.addClassNames("tw-card", "tw-disclosure-new");
        return card;
    }

    private Article ownCard(OwnQuestion q, String other) {
        var card = new Article();
        card.addClassNames("tw-card", "tw-disclosure-question");
        card.getElement().setAttribute("data-question", String.valueOf(q.id()));
        var text = new Paragraph(q.text());
        text.addClassName("tw-disclosure-text");
        card.add(statusBadge(q, other), text);
        if (q.suggestedWording() != null && q.editable()) {
            var label = new Span("Your therapist suggests this wording (only you see it)");
            label.addClassName("tw-eyebrow");
            var wording = new Paragraph(q.suggestedWording());
            wording.addClassName("tw-disclosure-suggestion-text");
            var use = new Button("Use this wording", click -> {
                if (Attempt.run(() -> disclosure.revise(q.id(), q.suggestedWording()))) {
                    Notices.success("Question changed. It is back with your therapist.");
                    refresh();
                }
            });
            use.addClassName("tw-use-wording");
            var suggestion = new Div(label, wording, use);
            suggestion.addClassName("tw-disclosure-suggestion");
            card.add(suggestion);
        }
        if (q.outcome() != null) {
            card.add(outcomeLine(q.outcome(), q.deferredTo(), q.declineReason()));
        }
        if (!q.editable()) {
            return card;
        }
        var actions = new Div();
        actions.addClassName("tw-disclosure-actions");
        if (q.status() == QuestionStatus.DRAFT) {
            var send = new Button("Send to therapist", click -> {
                if (Attempt.run(() -> disclosure.submit(q.id()))) {
                    Notices.success("Sent. Your therapist reads it first.");
                    refresh();
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("tw-send-question");
            actions.add(send);
        }
        var edit = new Button("Change", click -> card.add(editor(q, card)));
        edit.addClassName("tw-edit-question");
        var withdraw = new Button("Withdraw", click -> ConfirmAction.ask("Withdraw this question?",
                "It will no longer be asked. " + other + " will not see it. You can always write a new one.",
                "Withdraw", () -> {
                    if (Attempt.run(() -> disclosure.withdraw(q.id()))) {
                        Notices.success("Question withdrawn.");
                        refresh();
                    }
                }));
        withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        withdraw.addClassName("tw-withdraw-question");
        actions.add(edit, withdraw);
        card.add(actions);
        return card;
    }

    private Div editor(OwnQuestion q, Article card) {
        card.getChildren().filter(c -> c.hasClassName("tw-disclosure-editor")).toList().forEach(card::remove);
        var box = new BoundText<>("Your question", QuestionForm.class, QuestionForm::new, q.text(), QuestionForm.TEXT_MAX);
        if (q.status() != QuestionStatus.DRAFT) {
            box.area().setHelperText("A changed question goes back to your therapist to be read again.");
        }
        var save = new Button("Save change", click -> box.validText().ifPresent(text -> {
            if (Attempt.run(() -> disclosure.revise(q.id(), text), box::showError)) {
                Notices.success("Question changed.");
                refresh();
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var editor = new Div(box.area(), save);
        editor.addClassName("tw-disclosure-editor");
        return editor;
    }

    private static Span statusBadge(OwnQuestion q, String other) {
        String label = q.status() == QuestionStatus.APPROVED
                ? (q.released() ? "Shared with " + other
                        : q.releaseOn() != null ? "Approved · goes to " + other + " on " + ViewerDates.day(q.releaseOn())
                        : "Approved by your therapist")
                : q.status().label();
        var badge = new Span(label);
        badge.addClassNames("tw-badge", switch (q.status()) {
            case APPROVED -> "tw-badge-success";
            case HELD, DISCUSS_FIRST -> "tw-badge-warning";
            default -> "tw-badge-muted";
        });
        badge.addClassName("tw-question-status");
        return badge;
    }

    // ---- involved partner -----------------------------------------------------------------------------------

    private void involvedPartner(MyDisclosure mine) {
        var intro = new Paragraph(mine.otherPartnerName() + "'s questions, shared by your therapist. Write your "
                + "answers here; your therapist reads them first, and you go through them together in session. "
                + "Take your time, and answer honestly.");
        intro.addClassName("tw-meta");
        content.add(new H2("Questions for you"), intro);
        if (mine.toAnswer().isEmpty()) {
            content.add(new Paragraph("No questions for you yet."));
            return;
        }
        mine.toAnswer().forEach(q -> content.add(answerCard(q)));
    }

    private Article answerCard(QuestionToAnswer q) {
        var card = new Article();
        card.addClassNames("tw-card", "tw-disclosure-question");
        card.getElement().setAttribute("data-question", String.valueOf(q.id()));
        var text = new H3(q.text());
        text.addClassName("tw-disclosure-text");
        card.add(text);
        if (q.outcome() != null) {
            card.add(outcomeLine(q.outcome(), q.deferredTo(), q.declineReason()));
        }
        if (!q.answerable()) {
            if (q.answer() != null) {
                var answer = new Paragraph(q.answer());
                answer.addClassName("tw-disclosure-answer");
                card.add(answer);
            }
            return card;
        }
        var box = new BoundText<>("Your answer", QuestionForm.AnswerForm.class, QuestionForm.AnswerForm::new,
                q.answer(), QuestionForm.ANSWER_MAX);
        box.area().setHelperText("Only your therapist reads it before the session.");
        box.area().addClassName("tw-answer-box");
        var save = new Button(q.answer() == null ? "Save answer" : "Update answer", click -> box.validText()
                .ifPresent(answer -> {
                    if (Attempt.run(() -> disclosure.answer(q.id(), answer), box::showError)) {
                        Notices.success("Answer saved. Your therapist reads it first.");
                        refresh();
                    }
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("tw-save-answer");
        card.add(box.area(), save);
        if (q.answeredAt() != null) {
            var saved = new Paragraph("Saved. You can change it until it is taken up in session.");
            saved.addClassName("tw-meta");
            card.add(saved);
        }
        return card;
    }

    static Paragraph outcomeLine(Outcome outcome, java.time.LocalDate deferredTo, String reason) {
        String text = switch (outcome) {
            case ANSWERED -> "Answered in session";
            case DEFERRED -> "Deferred in session, to come back to on " + ViewerDates.day(deferredTo);
            case DECLINED -> "Declined in session: " + reason;
        };
        var line = new Paragraph(text);
        line.addClassNames("tw-disclosure-outcome");
        return line;
    }
}
