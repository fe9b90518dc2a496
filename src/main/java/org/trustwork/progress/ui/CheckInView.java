package org.trustwork.progress.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.trustwork.account.Role;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.progress.ProgressEvent;
import org.trustwork.base.ui.BrowserTime;
import org.trustwork.base.ui.Notices;
import org.trustwork.couple.CoupleService;
import org.trustwork.progress.CheckInService;
import org.trustwork.progress.MeasureAnswers;
import org.trustwork.progress.MeasureCatalogue;
import org.trustwork.progress.MeasureDefinition;
import org.trustwork.progress.ProgressException;
import org.trustwork.progress.ProgressViews.Answered;
import org.trustwork.progress.ProgressViews.MyProgress;
import org.trustwork.progress.ProgressViews.OpenQuestionnaire;

/** A partner's check-ins, phone first: today's brief check-in, questionnaires to answer, what was answered. */
@Route("check-in")
@PageTitle("Check-in")
@Menu(title = "Check-in", order = 32, icon = "vaadin:heart-o")
@RolesAllowed(Role.PARTNER_NAME)
public class CheckInView extends VerticalLayout implements AfterNavigationObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM");

    private final CheckInService checkIns;
    private final long coupleId;
    private final Div content = new Div();
    private final ZoneId zone = BrowserTime.zone();
    /** What the partner is typing; kept across refreshes so nothing typed is lost. */
    private MeasureAnswers draft;
    private MyProgress page;

    CheckInView(CheckInService checkIns, CoupleService couples, LiveUpdates liveUpdates) {
        this.checkIns = checkIns;
        this.coupleId = couples.myCouple().id();
        // new questionnaires and the other partner's shared answers; a refresh keeps the draft
        liveUpdates.follow(this, ProgressEvent.class, e -> e.coupleId() == coupleId, this::refresh);
        addClassNames("tw-page", "tw-checkin-page");
        content.setWidthFull();
        add(content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        MyProgress page = checkIns.mine();
        this.page = page;
        page.open().forEach(q -> content.add(openCard(q, page.otherPartnerName())));
        content.add(checkInCard(page));
        content.add(history("Your answers", page.mine(), true, page.otherPartnerName()));
        if (!page.sharedWithMe().isEmpty()) {
            content.add(history(page.otherPartnerName() + " shared with you", page.sharedWithMe(), false, null));
        }
    }

    private Article checkInCard(MyProgress page) {
        MeasureDefinition measure = page.checkIn();
        if (draft == null) {
            draft = new MeasureAnswers();
            if (page.today() != null) {
                // Positions equal scores for the check-in's items (none is reverse scored).
                page.today().scores().forEach(draft::set);
                draft.setNote(page.today().note());
                draft.setShared(page.today().shared());
            }
        }
        var title = new H2(measure.name());
        var what = new Paragraph("Trustwork's own three questions: a brief check-in, not a validated questionnaire. "
                + measure.instructions());
        what.addClassName("tw-meta");
        var form = new QuestionnaireForm(measure, draft, page.otherPartnerName());
        var error = new Paragraph();
        error.addClassName("tw-form-error");
        error.setVisible(false);
        var save = new Button(page.today() == null ? "Save check-in" : "Update today's check-in");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-check-in");
        save.addClickListener(click -> {
            error.setVisible(false);
            if (!form.validate()) {
                return;
            }
            try {
                checkIns.checkIn(form.answers());
                draft = null;
                Notices.success("Check-in saved. Thank you.");
                refresh();
            } catch (ProgressException | ConstraintViolationException e) {
                error.setText(message(e));
                error.setVisible(true);
            }
        });
        var card = new Article(title, what);
        if (page.today() != null) {
            var saved = new Paragraph("You checked in today. You can change it until midnight.");
            saved.addClassName("tw-meta");
            card.add(saved);
        }
        card.add(form, error, save);
        card.addClassNames("tw-card", "tw-checkin-card");
        return card;
    }

    private Article openCard(OpenQuestionnaire q, String otherPartner) {
        var title = new H2(q.measure().name());
        var meta = new Paragraph("Your therapist asked for this on " + DAY.format(q.requestedAt().atZone(zone))
                + ". " + q.measure().items().size() + " questions, a few minutes.");
        meta.addClassName("tw-meta");
        var start = new Button("Answer now", click -> openQuestionnaire(q, otherPartner));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.getElement().setAttribute("data-request", String.valueOf(q.requestId()));
        var card = new Article(title, meta, start);
        card.addClassNames("tw-card", "tw-questionnaire-card");
        return card;
    }

    private void openQuestionnaire(OpenQuestionnaire q, String otherPartner) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(q.measure().shortName());
        dialog.addClassName("tw-questionnaire-dialog");
        var intro = new Paragraph(q.measure().instructions());
        var source = new Paragraph(q.measure().citation());
        source.addClassName("tw-meta");
        var form = new QuestionnaireForm(q.measure(), new MeasureAnswers(), otherPartner);
        var error = new Paragraph();
        error.addClassName("tw-form-error");
        error.setVisible(false);
        dialog.add(intro, form, error, source);
        var send = new Button("Send answers", click -> {
            error.setVisible(false);
            if (!form.validate()) {
                error.setText("Some questions are not answered yet; they are marked above.");
                error.setVisible(true);
                return;
            }
            try {
                checkIns.answer(q.requestId(), form.answers());
                dialog.close();
                Notices.success("Answers sent. Thank you.");
                refresh();
            } catch (ProgressException | ConstraintViolationException e) {
                error.setText(message(e));
                error.setVisible(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-answers");
        var later = new Button("Later", click -> dialog.close());
        dialog.getFooter().add(later, send);
        dialog.open();
    }

    private Div history(String heading, java.util.List<Answered> answers, boolean mine, String otherPartner) {
        var section = new Div();
        section.addClassName("tw-checkin-history");
        var title = new H2(heading);
        title.addClassName("tw-section-title");
        section.add(title);
        if (answers.isEmpty()) {
            section.add(new Paragraph("Nothing yet."));
            return section;
        }
        answers.stream().limit(12).forEach(a -> {
            var card = new Article();
            card.addClassNames("tw-card", "tw-answer");
            var head = new H3(a.measureName() + " · " + DAY.format(a.day()));
            var scores = new Paragraph(summary(a));
            card.add(head, scores);
            if (a.note() != null) {
                var note = new Paragraph("“" + a.note() + "”");
                note.addClassName("tw-quote");
                card.add(note);
            }
            if (mine) {
                var share = new Checkbox("Shared with " + otherPartner, a.shared());
                share.addValueChangeListener(change -> {
                    checkIns.share(a.id(), change.getValue());
                    Notices.show(change.getValue() ? "Now shared with " + otherPartner
                            : "No longer shared with " + otherPartner);
                });
                card.add(share);
            }
            section.add(card);
        });
        return section;
    }

    private static String summary(Answered a) {
        if (a.measureCode().equals(MeasureCatalogue.CHECK_IN)) {
            return a.scores().entrySet().stream().map(e -> capital(e.getKey()) + " " + e.getValue() + "/10")
                    .collect(Collectors.joining(" · "));
        }
        return "Total " + Math.round(a.total());
    }

    private static String capital(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ');
    }

    private static String message(RuntimeException e) {
        if (e instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream().map(v -> v.getMessage())
                    .collect(Collectors.joining(" "));
        }
        return e.getMessage();
    }

    /** "Answer now" on My homework comes here with {@code ?answer=<request>}: the questionnaire opens at once. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("answer")
                .filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong)
                .flatMap(id -> page.open().stream().filter(q -> q.requestId() == id).findFirst())
                .ifPresent(q -> openQuestionnaire(q, page.otherPartnerName()));
    }

}
