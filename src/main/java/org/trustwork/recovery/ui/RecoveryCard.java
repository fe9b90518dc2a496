package org.trustwork.recovery.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Arrays;
import org.trustwork.base.live.LiveUpdates;
import org.trustwork.recovery.RecoveryEvent;
import org.trustwork.base.ui.Notices;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.practice.Phase;
import org.trustwork.recovery.MarkerKind;
import org.trustwork.recovery.RecoveryException;
import org.trustwork.recovery.RecoveryService;
import org.trustwork.recovery.Timeline;

/**
 * On the couple page, for the therapist: the couple's phase (set with the day it starts), an alert for recent
 * contact from the affair partner, and the marked days, private ones tagged with whose they are.
 */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class RecoveryCard extends Div {

    private final RecoveryService recovery;
    private final ClinicCalendar calendar;
    private final long coupleId;
    private final Div content = new Div();

    public RecoveryCard(RecoveryService recovery, ClinicCalendar calendar, LiveUpdates liveUpdates, long coupleId) {
        this.recovery = recovery;
        this.calendar = calendar;
        this.coupleId = coupleId;
        liveUpdates.follow(this, RecoveryEvent.class, e -> e.coupleId() == coupleId, this::refresh);
        addClassNames("tw-card", "tw-recovery-card");
        setId("recovery-card");
        add(new H3("Phase and marked days"), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        LocalDate today = calendar.today();
        Timeline t = recovery.timeline(coupleId);
        for (Timeline.Marker contact : t.contactSince(today.minusDays(RecoveryService.CONTACT_ALERT_DAYS - 1L))) {
            var badge = new Span("Alert");
            badge.addClassNames("tw-badge", "tw-badge-warning");
            var alert = new Div(badge, new Span((contact.privateToName() == null ? "A partner" : contact.privateToName())
                    + " logged contact from the affair partner on " + ViewerDates.day(contact.day())
                    + ". Private to them and you."));
            alert.addClassNames("tw-signal", "tw-contact-alert");
            content.add(alert);
        }
        var phaseNow = t.phaseOn(today);
        var current = new Paragraph(phaseNow.map(p -> "Phase: " + p.label() + t.phases().stream()
                .filter(x -> x.phase() == p && (x.until() == null || !x.until().isBefore(today))).findFirst()
                .map(x -> " since " + ViewerDates.day(x.from())).orElse("")).orElse("No phase set yet."));
        current.addClassName("tw-story-phase");
        current.setId("current-phase");
        var phase = new Select<Phase>();
        phase.setLabel("Phase");
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(Phase::label);
        phase.setId("phase-choice");
        phaseNow.ifPresent(phase::setValue);
        var since = new DatePicker("From");
        since.setMax(today);
        since.setValue(today);
        since.setId("phase-since");
        var set = new Button("Set phase", click -> {
            if (phase.getValue() == null || since.getValue() == null) {
                phase.setInvalid(phase.getValue() == null);
                phase.setErrorMessage("Choose a phase");
                since.setInvalid(since.getValue() == null);
                since.setErrorMessage("Choose the day it starts");
                return;
            }
            try {
                recovery.setPhase(coupleId, phase.getValue(), since.getValue());
                Notices.show("Phase set: " + phase.getValue().label() + " from " + ViewerDates.day(since.getValue()));
                refresh();
            } catch (RecoveryException refused) {
                since.setInvalid(true);
                since.setErrorMessage(refused.getMessage());
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        set.setId("set-phase");
        var phaseForm = new Div(phase, since, set);
        phaseForm.addClassName("tw-inline-form");
        content.add(current, phaseForm);

        content.add(TimelineList.of(t, today, true, id -> {
            recovery.remove(id);
            refresh();
        }));
        var form = new MarkerForm(Arrays.stream(MarkerKind.values()).filter(MarkerKind::therapistMayLog).toList(),
                false, "", today, "Add day", marker -> {
                    recovery.logForCouple(coupleId, marker);
                    Notices.show(marker.getKind().label() + " added; both partners see it.");
                    refresh();
                });
        var hint = new Paragraph("Days you add are seen by both partners. Trigger episodes and contact from the affair "
                + "partner are logged by the partner, privately.");
        hint.addClassName("tw-meta");
        var add = new Details("Mark a day for the couple", new Div(hint, form));
        add.setId("therapist-mark-day");
        content.add(add);
    }

}
