package org.trustwork.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TrustworkTest;
import org.trustwork.admin.ui.AccountsView;
import org.trustwork.base.domain.Text;
import org.trustwork.base.ui.FailureMessages;
import org.trustwork.couple.Couple;
import org.trustwork.couple.CoupleService;
import org.trustwork.caseload.ui.CaseloadView;
import org.trustwork.caseload.ui.CoupleView;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkAssignment;
import org.trustwork.homework.HomeworkReflection;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.ReflectionVisibility;
import org.trustwork.practice.PracticeService;
import org.trustwork.practice.ui.PracticeLibraryView;
import org.trustwork.security.SystemTask;
import org.trustwork.session.AgendaItem;
import org.trustwork.session.AgendaTemplate;
import org.trustwork.session.AgendaTemplateService;
import org.trustwork.session.SessionNote;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;
import org.trustwork.session.TherapySession;
import org.trustwork.session.ui.SessionView;

/**
 * Over a thousand hostile inputs — script and SQL fragments, control characters, unicode edge cases, text
 * at, just over and far over a field's limit — sent through every form. For each: no unexpected error
 * (the person would see "Something went wrong"); valid text is stored exactly as typed, minus only the
 * characters that are not text (see {@link Text#storable}); refused text gets a clear reason and stays
 * in the field.
 */
@TrustworkTest
class HostileInputTest extends SpringBrowserlessTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    SystemTask systemTask;
    @Autowired
    org.trustwork.account.AccountService accounts;
    @Autowired
    org.trustwork.account.InvitationService invitations;
    @Autowired
    Clock clock;
    @Autowired
    ClinicCalendar calendar;
    @Autowired
    CoupleService couples;
    @Autowired
    PracticeService practices;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    AgendaTemplateService templates;
    @Autowired
    HomeworkService homework;

    private final List<String> problems = new ArrayList<>();
    private int sent;

    /** One form field: how to put text in and submit it, and how to read back what was stored. */
    private interface Form {
        /** Fills the field and submits; returns the field (for view forms) so the test can look at it. */
        HasValidation submit(String input) throws Exception;

        String stored();
    }

    private RunAs runAs() {
        return runAs;
    }

    private void signIn(String email) {
        var context = contextHolder.createEmptyContext();
        var user = users.loadUserByUsername(email);
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
        contextHolder.setContext(context);
    }

    @Test
    void hostile_text_never_breaks_a_form_and_valid_text_is_kept_as_typed() throws Exception {
        long coupleId = clinic.coupleId("Maya & Tom");
        long sessionId = runAs().as(DemoClinic.RIVERA, () -> sessions.plan(coupleId, clock.instant(), 50).id());
        long practiceId = runAs().as(DemoClinic.RIVERA,
                () -> practices.bySlug("acknowledge-the-damage").orElseThrow().id());
        runAs().as(DemoClinic.RIVERA, () -> sessions.addPractice(sessionId, practiceId));

        signIn(DemoClinic.RIVERA);
        probe("couple goals", Couple.GOALS_MAX, false, new Form() {
            TextArea field;

            public HasValidation submit(String input) {
                navigate("couples/" + coupleId, CoupleView.class);
                field = find(TextArea.class).withLabel("Therapy goals").single();
                field.setValue(input);
                test(find(Button.class).withId("save-goals").single()).click();
                return field;
            }

            public String stored() {
                return couples.couple(coupleId).goals();
            }
        });
        probe("session notes", SessionNote.BODY_MAX, false, new Form() {
            public HasValidation submit(String input) {
                navigate("sessions/" + sessionId, SessionView.class);
                TextArea field = find(TextArea.class).withId("session-notes").single();
                test(field).setValue(input);
                return field;
            }

            public String stored() {
                return notes.open(sessionId, null).body();
            }
        }, true);
        probe("agenda item title", AgendaItem.TITLE_MAX, true, new Form() {
            public HasValidation submit(String input) {
                navigate("sessions/" + sessionId, SessionView.class);
                TextField field = find(TextField.class).withLabel("Item").single();
                field.setValue(input);
                test(find(Button.class).withId("add-free-item").single()).click();
                return field;
            }

            public String stored() {
                var agenda = sessions.session(sessionId).agenda();
                return agenda.get(agenda.size() - 1).title();
            }
        });
        probe("template name", AgendaTemplate.NAME_MAX, true, new Form() {
            public HasValidation submit(String input) {
                // a refused name leaves its dialog open, as it should; start each attempt afresh
                find(Dialog.class).all().forEach(Dialog::close);
                navigate("sessions/" + sessionId, SessionView.class);
                test(find(Button.class).withText("Save agenda as template").single()).click();
                TextField field = find(TextField.class).withLabel("Template name").single();
                field.setValue(input);
                test(find(Button.class).withText("Save template").single()).click();
                return field;
            }

            public String stored() {
                return templates.myTemplates().stream().max(Comparator.comparingLong(t -> t.id())).orElseThrow().name();
            }
        });
        probe("shared summary", TherapySession.SUMMARY_MAX, false, serviceForm(
                input -> sessions.saveSharedSummary(sessionId, input),
                () -> sessions.session(sessionId).sharedSummary()));
        probe("homework title", HomeworkAssignment.TITLE_MAX, true, homeworkForm(coupleId, practiceId, "title"));
        probe("homework instructions", HomeworkAssignment.INSTRUCTIONS_MAX, true,
                homeworkForm(coupleId, practiceId, "instructions"));
        probe("homework note", HomeworkAssignment.NOTE_MAX, false, homeworkForm(coupleId, practiceId, "note"));
        searchProbe("caseload search", () -> navigate(CaseloadView.class));
        searchProbe("practice search", () -> navigate(PracticeLibraryView.class));

        long occurrenceId = runAs().as(DemoClinic.MAYA, () -> homework.myTasks().get(0).occurrenceId());
        signIn(DemoClinic.MAYA);
        probe("reflection", HomeworkReflection.BODY_MAX, false, serviceForm(
                input -> homework.reflect(occurrenceId, input, 2, 4, ReflectionVisibility.THERAPIST_ONLY),
                () -> homework.myTasks().stream().filter(t -> t.occurrenceId() == occurrenceId).findFirst()
                        .orElseThrow().myReflection().body()));

        emailChangeProbe();

        signIn(DemoClinic.ADMIN);
        searchProbe("accounts search", () -> navigate(AccountsView.class));
        // Data rights (feature/datarights): the admin's couple search and the audit log's person filter.
        searchProbe("admin couple search", () -> navigate(org.trustwork.datarights.ui.CouplesAdminView.class));
        searchProbe("audit person filter", () -> navigate(org.trustwork.admin.ui.AuditLogView.class));
        invitationProbe();

        contextHolder.clearContext();
        for (String input : HostileInputs.forLimit(200)) {
            sent++;
            // Each attempt from its own address, so the sign-in throttle (20 per address) lets the inputs reach
            // the form handling rather than refusing them all, and other tests are not throttled afterwards.
            String address = "10.77." + (sent / 250) + "." + (sent % 250 + 1);
            var form = formLogin("/login").user(input).password(input);
            int status = mvc.perform(servletContext -> {
                var request = form.buildRequest(servletContext);
                request.setRemoteAddr(address);
                return request;
            }).andReturn().getResponse().getStatus();
            if (status >= 500) {
                problems.add("sign-in form answered " + status + " for " + describe(input));
            }
        }

        assertThat(problems).isEmpty();
        assertThat(sent).as("hostile inputs sent").isGreaterThanOrEqualTo(1_000);
    }

    private void probe(String name, int max, boolean required, Form form) {
        probe(name, max, required, form, false);
    }

    private void probe(String name, int max, boolean required, Form form, boolean keepsWhitespace) {
        for (String input : HostileInputs.forLimit(max)) {
            sent++;
            String storable = Text.storable(input);
            boolean valid = input.length() <= max && !(required && !Text.hasText(input));
            HasValidation field;
            Throwable failure = null;
            try {
                field = form.submit(input);
            } catch (Exception | AssertionError e) {
                field = null;
                failure = e;
            }
            if (failure != null && !FailureMessages.isExpected(failure)) {
                problems.add(name + ": unexpected error for " + describe(input) + ": " + failure);
                continue;
            }
            if (valid) {
                if (failure != null || (field != null && field.isInvalid())) {
                    problems.add(name + ": valid input refused: " + describe(input)
                            + (failure != null ? " (" + FailureMessages.forFailure(failure) + ")" : ""));
                    continue;
                }
                String expected = keepsWhitespace ? storable : Text.blankToNull(storable);
                String actual = keepsWhitespace ? form.stored() : Text.blankToNull(form.stored());
                if (!java.util.Objects.equals(expected, actual)) {
                    problems.add(name + ": stored text differs for " + describe(input) + ": got " + describe(actual));
                }
            } else {
                boolean told = failure != null || (field != null && field.isInvalid());
                if (!told) {
                    problems.add(name + ": invalid input accepted without a word: " + describe(input));
                }
                if (field instanceof AbstractField<?, ?> kept && !input.equals(kept.getValue())) {
                    problems.add(name + ": refused input was not kept on screen: " + describe(input));
                }
            }
        }
    }

    /**
     * The page where an invited person chooses a password: every input is either accepted (exactly when the
     * password rule accepts it) or refused with the typed text still in the field.
     */
    private void invitationProbe() {
        long invitee = systemTask.callAsAdmin(() -> accounts.createAccount(new org.trustwork.account.NewAccount(
                "Hostile Invitee", "hostile.invitee@clinic.example", null, org.trustwork.account.Role.THERAPIST)).id());
        java.util.function.Supplier<String> newToken = () -> {
            String link = systemTask.callAsAdmin(() -> invitations.invite(invitee)).link();
            return link.substring(link.lastIndexOf('/') + 1);
        };
        String token = newToken.get();
        for (String input : HostileInputs.forLimit(org.trustwork.account.NewPasswordRule.MAX)) {
            sent++;
            try {
                navigate("invite/" + token, org.trustwork.account.ui.InviteView.class);
                if (find(com.vaadin.flow.component.textfield.PasswordField.class).all().isEmpty()) {
                    token = newToken.get();
                    navigate("invite/" + token, org.trustwork.account.ui.InviteView.class);
                }
                var password = find(com.vaadin.flow.component.textfield.PasswordField.class).withLabel("New password").single();
                test(password).setValue(input);
                test(find(com.vaadin.flow.component.textfield.PasswordField.class).withLabel("New password again").single())
                        .setValue(input);
                test(find(Button.class).withId("set-password").single()).click();
                boolean accepted = find(com.vaadin.flow.component.html.H2.class).single().getText()
                        .equals("Your password is set");
                if (accepted != (org.trustwork.account.NewPasswordRule.problem(input) == null)) {
                    problems.add("invitation password: " + (accepted ? "accepted" : "refused") + " against the rule: "
                            + describe(input));
                }
                if (!accepted && !input.equals(password.getValue())) {
                    problems.add("invitation password: typed text lost: " + describe(input));
                }
            } catch (Exception | AssertionError e) {
                problems.add("invitation password: unexpected error for " + describe(input) + ": " + e);
            }
        }
    }

    /**
     * My account's new e-mail field: an input is either refused on the field, kept as typed, or (a valid address)
     * leads on to "Confirm it's you", which is cancelled here so nobody's address really changes.
     */
    private void emailChangeProbe() {
        for (String input : HostileInputs.forLimit(org.trustwork.account.UserAccount.EMAIL_MAX)) {
            sent++;
            try {
                find(Dialog.class).all().forEach(Dialog::close);
                navigate("account", org.trustwork.twofactor.ui.MyAccountView.class);
                var field = find(com.vaadin.flow.component.textfield.EmailField.class)
                        .withLabel("New e-mail address").single();
                field.setValue(input);
                test(find(Button.class).withText("Change e-mail").single()).click();
                boolean confirming = find(Dialog.class).all().stream().anyMatch(Dialog::isOpened);
                if (!confirming && !field.isInvalid()) {
                    problems.add("new e-mail: neither refused nor confirmed: " + describe(input));
                }
                if (!input.equals(field.getValue())) {
                    problems.add("new e-mail: the typed address was not kept: " + describe(input));
                }
            } catch (Exception | AssertionError e) {
                problems.add("new e-mail: unexpected error for " + describe(input) + ": " + e);
            }
        }
    }

    private void searchProbe(String name, Runnable open) {
        for (String input : HostileInputs.forLimit(100)) {
            sent++;
            try {
                open.run();
                TextField search = find(TextField.class).first();
                test(search).setValue(input);
                if (!input.equals(search.getValue())) {
                    problems.add(name + ": search text changed under the person's hands: " + describe(input));
                }
            } catch (Exception | AssertionError e) {
                problems.add(name + ": unexpected error for " + describe(input) + ": " + e);
            }
        }
    }

    @FunctionalInterface
    private interface Submit {
        void send(String input) throws Exception;
    }

    private static Form serviceForm(Submit submit, Supplier<String> stored) {
        return new Form() {
            public HasValidation submit(String input) throws Exception {
                submit.send(input);
                return null;
            }

            public String stored() {
                return stored.get();
            }
        };
    }

    private Form homeworkForm(long coupleId, long practiceId, String fieldName) {
        return serviceForm(input -> {
            var form = homework.draftFrom(practiceId);
            form.setEndDate(calendar.today().plusDays(5));
            switch (fieldName) {
                case "title" -> form.setTitle(input);
                case "instructions" -> form.setInstructions(input);
                default -> form.setNoteToPartners(input);
            }
            homework.assign(coupleId, form);
        }, () -> {
            var board = homework.board(coupleId);
            long newest = board.rows().stream().mapToLong(row -> row.assignmentId()).max().orElseThrow();
            var task = runAs().as(DemoClinic.MAYA, () -> homework.myTasks().stream()
                    .filter(t -> t.assignmentId() == newest).findFirst().orElseThrow());
            return switch (fieldName) {
                case "title" -> task.title();
                case "instructions" -> task.instructions();
                default -> task.noteToPartners();
            };
        });
    }

    private static String describe(String input) {
        if (input == null) {
            return "null";
        }
        String shown = input.length() > 40 ? input.substring(0, 40) + "… (" + input.length() + " chars)" : input;
        StringBuilder escaped = new StringBuilder("\"");
        shown.codePoints().forEach(cp -> escaped.append(cp < 0x20 || cp == 0x7f || (cp >= 0xd800 && cp <= 0xdfff)
                ? String.format("\\u%04x", cp) : Character.toString(cp)));
        return escaped.append('"').toString();
    }
}
