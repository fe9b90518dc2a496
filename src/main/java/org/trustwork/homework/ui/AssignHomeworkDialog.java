package org.trustwork.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.couple.PartnerInfo;
import org.trustwork.homework.HomeworkAssignment;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.NewHomework;
import org.trustwork.practice.Cadence;
import org.trustwork.practice.PracticeFilter;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.practice.PracticeService;

/** Assign homework from a practice: its default exercise fills the form, and every field stays editable. */
@org.springframework.modulith.NamedInterface("ui") // used by the screens of other modules
public class AssignHomeworkDialog extends Dialog {

    /** Whom the homework is for: both partners together, or one of them. */
    public record Assignee(Long accountId, String label) {
    }

    private final BeanValidationBinder<NewHomework> binder = new BeanValidationBinder<>(NewHomework.class);

    public AssignHomeworkDialog(HomeworkService homework, PracticeService practices, CoupleDetails couple,
                                Long practiceId, Long sessionId, Runnable afterAssign) {
        setHeaderTitle("Assign homework to " + couple.displayName());
        setWidth("min(46rem, 100vw)");

        var practice = new ComboBox<PracticeInfo>("Practice");
        List<PracticeInfo> catalogue = practices.search(PracticeFilter.ALL);
        practice.setItems(catalogue);
        practice.setItemLabelGenerator(p -> p.number() + ". " + p.title());
        var assignees = new ArrayList<Assignee>();
        assignees.add(new Assignee(null, "Both, together"));
        for (PartnerInfo partner : couple.partners()) {
            assignees.add(new Assignee(partner.accountId(), partner.displayName() + " only"));
        }
        var assignee = new RadioButtonGroup<Assignee>("For");
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(Assignee::label);
        var title = new TextField("Title");
        title.setId("homework-title");
        title.setMaxLength(HomeworkAssignment.TITLE_MAX);
        var instructions = new TextArea("Instructions");
        instructions.setMaxLength(HomeworkAssignment.INSTRUCTIONS_MAX);
        instructions.setMinHeight("8rem");
        var cadence = new RadioButtonGroup<Cadence>("How often");
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> switch (c) {
            case ONCE -> "Once";
            case DAILY -> "Every day";
            case WEEKLY -> "Some days a week";
        });
        var timesPerWeek = new IntegerField("Times a week");
        timesPerWeek.setMin(1);
        timesPerWeek.setMax(7);
        timesPerWeek.setStepButtonsVisible(true);
        var start = new DatePicker("First day");
        var end = new DatePicker("Due date");
        var note = new TextArea("Note to the partner(s) (optional)");
        note.setMaxLength(HomeworkAssignment.NOTE_MAX);

        binder.forField(practice).asRequired("Choose a practice")
                .bind(f -> catalogue.stream().filter(p -> p.id() == (f.getPracticeId() == null ? -1 : f.getPracticeId()))
                        .findFirst().orElse(null), (f, p) -> f.setPracticeId(p == null ? null : p.id()));
        binder.forField(assignee).bind(f -> assignees.stream()
                        .filter(a -> java.util.Objects.equals(a.accountId(), f.getAssigneeAccountId())).findFirst()
                        .orElse(assignees.getFirst()),
                (f, a) -> f.setAssigneeAccountId(a == null ? null : a.accountId()));
        binder.bind(title, "title");
        binder.bind(instructions, "instructions");
        binder.bind(cadence, "cadence");
        binder.forField(timesPerWeek).asRequired("How many times a week?").bind("timesPerWeek");
        binder.bind(start, "startDate");
        binder.bind(end, "endDate");
        binder.bind(note, "noteToPartners");

        Runnable showCadence = () -> {
            Cadence value = cadence.getValue();
            timesPerWeek.setVisible(value == Cadence.WEEKLY);
            start.setVisible(value != Cadence.ONCE);
            end.setLabel(value == Cadence.ONCE ? "Due date" : "Last day");
        };
        cadence.addValueChangeListener(change -> showCadence.run());
        practice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                NewHomework draft = homework.draftFrom(change.getValue().id());
                draft.setAssigneeAccountId(assignee.getValue() == null ? null : assignee.getValue().accountId());
                draft.setNoteToPartners(note.getValue());
                draft.setSessionId(sessionId);
                binder.readBean(draft);
            }
        });

        // The catalogue's instructions speak to both partners ("each of you writes..."). For one partner they are
        // reworded, as long as the therapist has not edited them; back to both, the original returns.
        assignee.addValueChangeListener(change -> {
            if (!change.isFromClient() || practice.getValue() == null) {
                return;
            }
            String original = homework.draftFrom(practice.getValue().id()).getInstructions();
            boolean one = change.getValue() != null && change.getValue().accountId() != null;
            if (instructions.getValue().equals(original) || instructions.getValue().equals(forOnePartner(original))) {
                instructions.setValue(one ? forOnePartner(original) : original);
            }
            instructions.setHelperText(one && mentionsBoth(instructions.getValue())
                    ? "Written for both partners in places: check it reads right for one." : null);
        });

        NewHomework initial = practiceId != null ? homework.draftFrom(practiceId) : emptyDraft(homework, catalogue);
        initial.setSessionId(sessionId);
        binder.readBean(initial);
        showCadence.run();

        var form = new FormLayout(practice, assignee, title, instructions, cadence, timesPerWeek, start, end, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(practice, 2);
        form.setColspan(title, 2);
        form.setColspan(instructions, 2);
        form.setColspan(note, 2);
        add(form);

        var save = new Button("Assign", click -> {
            var bean = new NewHomework();
            bean.setSessionId(sessionId);
            if (binder.writeBeanIfValid(bean)) {
                try {
                    homework.assign(couple.id(), bean);
                    Notification.show("Homework assigned: " + bean.getTitle());
                    close();
                    afterAssign.run();
                } catch (org.trustwork.homework.HomeworkException heldBack) {
                    // The held-back reason (issue 21): the dialog stays open with everything typed.
                    Notification.show(heldBack.getMessage(), 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
                } catch (jakarta.validation.ConstraintViolationException | IllegalArgumentException refused) {
                    org.slf4j.LoggerFactory.getLogger(AssignHomeworkDialog.class).warn("Homework not assigned: {}",
                            refused.getMessage());
                    end.setInvalid(true);
                    end.setErrorMessage(refused instanceof IllegalArgumentException ? refused.getMessage()
                            : "Check the dates: the last day must be on or after the first, within 26 weeks.");
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("assign-homework");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private static final java.util.regex.Pattern EACH_OF_YOU = java.util.regex.Pattern.compile(
            "\\b([Ee])ach of you(, (?:on your own|separately),)?( then)? (\\w+?)s\\b");

    /** "Each of you, on your own, writes" becomes "On your own, write"; "each of you writes" becomes "write". */
    static String forOnePartner(String text) {
        var matcher = EACH_OF_YOU.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            String manner = matcher.group(2) == null ? "" : matcher.group(2).substring(2, matcher.group(2).length() - 1);
            String then = matcher.group(3) == null ? "" : "then ";
            String phrase = manner.isEmpty() ? then + matcher.group(4) : manner + ", " + then + matcher.group(4);
            if (matcher.group(1).equals("E")) {
                phrase = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
            }
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(phrase));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean mentionsBoth(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("each of you") || lower.contains("both of you") || lower.contains("each other")
                || lower.contains("together") || lower.contains("the other") || lower.contains("hurt partner's own part");
    }

    private static NewHomework emptyDraft(HomeworkService homework, List<PracticeInfo> catalogue) {
        return homework.draftFrom(catalogue.getFirst().id());
    }
}
