package org.trustwork.safety.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.trustwork.account.Role;
import org.trustwork.couple.CoupleService;
import org.trustwork.safety.SafetyService;
import org.trustwork.safety.ScreenCatalogue;
import org.trustwork.safety.ScreenDefinition;
import org.trustwork.safety.SupportResources;

/**
 * The safety screen on the partner's own login, phone first. A neutral title and address; whatever is answered,
 * the next page is the same thank-you with the same support, and a quick exit is always at hand.
 */
@Route("for-you")
@PageTitle("Just for you")
@Menu(title = "Just for you", order = 35, icon = "vaadin:heart-o")
@RolesAllowed(Role.PARTNER_NAME)
public class JustForYouView extends VerticalLayout {

    private final SafetyService safety;
    private final ScreenDefinition screen;
    private final SupportResources help;
    private final String therapist;

    JustForYouView(SafetyService safety, ScreenCatalogue catalogue, SupportResources help, CoupleService couples) {
        this.safety = safety;
        this.screen = catalogue.screen();
        this.help = help;
        addClassNames("tw-page", "tw-for-you-page");
        String name;
        boolean waiting;
        try {
            name = couples.myCouple().therapistName();
            waiting = safety.isWaitingForMe();
        } catch (AccessDeniedException noCouple) {
            name = "your therapist";
            waiting = false;
        }
        this.therapist = name;
        if (waiting) {
            showQuestions();
        } else {
            showNothingWaiting();
        }
    }

    /** Holds the answers while they are typed, so a failed check loses none of them. */
    static final class Answers {
        final Map<String, Boolean> byKey = new HashMap<>();
    }

    private void showQuestions() {
        removeAll();
        var answers = new Answers();
        var binder = new Binder<Answers>();
        var form = new Div();
        form.addClassName("tw-questionnaire");
        int number = 0;
        for (ScreenDefinition.Item item : screen.items()) {
            number++;
            var group = new RadioButtonGroup<Boolean>(number + ". " + item.text());
            group.setItems(Boolean.TRUE, Boolean.FALSE);
            group.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
            group.setId("screen-" + item.key());
            group.setWidthFull();
            binder.forField(group).asRequired("Please choose yes or no")
                    .bind(a -> a.byKey.get(item.key()), (a, v) -> a.byKey.put(item.key(), v));
            form.add(group);
        }
        binder.setBean(answers);
        var send = new Button("Send my answers", click -> {
            if (binder.validate().isOk()) {
                safety.answerMine(Map.copyOf(answers.byKey));
                showThankYou();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-screen");
        var period = new Paragraph(screen.period());
        period.addClassName("tw-lead");
        var card = new Div(new Paragraph(screen.instructions()), period, form, send);
        card.addClassName("tw-card");
        add(top(screen.title()), card, attribution());
    }

    private void showThankYou() {
        removeAll();
        var thanks = new Div(new Paragraph("Your answers went only to " + therapist + ". Your partner never sees "
                + "them, and nothing about them is sent by e-mail."),
                new Paragraph("If you would like to talk with " + therapist + " on your own, you can ask for that "
                        + "at any time."));
        thanks.addClassName("tw-card");
        thanks.setId("screen-thanks");
        add(top("Thank you"), thanks, new SupportBox(help));
    }

    private void showNothingWaiting() {
        var card = new Div(new Paragraph("Nothing to answer right now. If you would like to talk with " + therapist
                + " on your own, you can ask for that at any time."));
        card.addClassName("tw-card");
        card.setId("screen-nothing-waiting");
        var download = new Anchor((DownloadEvent event) -> {
            byte[] file = safety.myAnswersFile();
            event.setFileName("my-answers.json");
            event.setContentType("application/json");
            event.setContentLength(file.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        }, "Download my answers");
        download.setId("download-my-answers");
        var yours = new Details("Your own copy", new Paragraph("Your answers are part of your own data, never "
                + "the couple's: only you can download them here. The file is saved on this device, where anyone "
                + "using it could open it."), download);
        add(top("Just for you"), card, new SupportBox(help), yours);
    }

    private Div top(String title) {
        var heading = new H2(title);
        var bar = new Div(heading, new QuickExit(help.quickExitUrl()));
        bar.addClassName("tw-for-you-top");
        return bar;
    }

    private Paragraph attribution() {
        var source = new Anchor(screen.source(), "source");
        source.setTarget(AnchorTarget.BLANK);
        var licence = new Anchor(screen.licenceUrl(), screen.licence());
        licence.setTarget(AnchorTarget.BLANK);
        var text = new Paragraph(screen.attribution() + " ");
        text.add(source, new com.vaadin.flow.component.html.Span(" · "), licence);
        text.addClassName("tw-meta");
        text.setId("screen-attribution");
        return text;
    }
}
