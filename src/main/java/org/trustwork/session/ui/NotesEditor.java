package org.trustwork.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.trustwork.base.ui.SavesBeforeLogoff;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.session.SessionNote;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionViews.Conflict;
import org.trustwork.session.SessionViews.NoteSaveResult;
import org.trustwork.session.SessionViews.NoteSnapshot;
import org.trustwork.session.SessionViews.RevisionInfo;
import org.trustwork.session.SessionViews.Saved;

/**
 * Private notes that save themselves: every 1.5 s while typing, when the field loses focus, and before any session
 * action. The saves of one burst of typing make one version in the history; a save from an outdated copy is
 * reported with both texts.
 */
class NotesEditor extends Div implements SavesBeforeLogoff {

    /** Under the 2 s the therapist is promised, with room for the round trip. */
    static final int AUTOSAVE_AFTER_MILLIS = 1500;

    private final SessionNotesService notes;
    private final long sessionId;
    private final Long itemId;
    private final ZoneId zone;
    private final TextArea text;
    private final Span status = new Span();
    private final Div conflictBox = new Div();
    private int baseRevision;
    /** The text of {@code baseRevision}: what the server holds as far as this editor knows. */
    private String savedText = "";
    /** While the person has not chosen between their text and the newer one, nothing is saved over either. */
    private boolean conflictOpen;
    /** While {@link #conflictOpen}: the text last kept as a conflicting copy in the history. */
    private String keptAsConflict;

    /** An editor for notes the caller has just opened ({@code opened}); it saves them from then on. */
    NotesEditor(SessionNotesService notes, long sessionId, NoteSnapshot opened, String label, ZoneId zone) {
        Long itemId = opened.agendaItemId();
        this.notes = notes;
        this.sessionId = sessionId;
        this.itemId = itemId;
        this.zone = zone;
        addClassName("tw-notes-editor");
        text = new TextArea(label);
        text.setWidthFull();
        text.setMinHeight(itemId == null ? "16rem" : "7rem");
        text.setMaxLength(SessionNote.BODY_MAX);
        text.setValueChangeMode(ValueChangeMode.TIMEOUT);
        text.setValueChangeTimeout(AUTOSAVE_AFTER_MILLIS);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save();
            }
        });
        text.addBlurListener(blur -> save());
        status.addClassName("tw-note-status");
        status.getElement().setAttribute("aria-live", "polite");
        conflictBox.setVisible(false);

        var history = new Button("History", click -> openHistory());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var saving = new Span("Saving…");
        saving.addClassName("tw-note-saving");
        var footer = new HorizontalLayout(new Span(status, saving), history);
        footer.setWidthFull();
        footer.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        footer.setAlignItems(FlexComponent.Alignment.CENTER);
        add(text, footer, conflictBox);
        show(opened);
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        event.getUI().getPage().addJavaScript("context://scripts/notes-status.js");
        whenScriptReady("window.TrustworkNotes.watch(this)");
    }

    /** Runs a call into notes-status.js once the script has loaded (it is loaded at run time, not bundled). */
    private void whenScriptReady(String call, java.io.Serializable... arguments) {
        getElement().executeJs("const run = () => " + call + ";"
                + "if (window.TrustworkNotes) { run(); }"
                + "else { document.addEventListener('trustwork-notes-ready', run, { once: true }); }", arguments);
    }

    /** Shows "Saved …" only if the browser still holds exactly the text that was saved. */
    private void confirmSaved(String shown, String label) {
        status.setText(label);
        whenScriptReady("window.TrustworkNotes.saved(this, $0)", shown.hashCode());
    }

    private void show(NoteSnapshot snapshot) {
        baseRevision = snapshot.revision();
        savedText = snapshot.body();
        text.setValue(snapshot.body());
        status.setText(snapshot.savedAt() == null ? "Nothing written yet" : "Saved " + time(snapshot.savedAt()));
    }

    /** Saves what is on screen if it changed; safe to call at any moment. */
    void save() {
        save(false);
    }

    private void save(boolean asNewVersion) {
        if (conflictOpen) {
            // A blur or a session action must not re-submit the refused text: that would rebuild the choice
            // panel under the person's click. Their text is already in the history.
            getElement().executeJs("this.removeAttribute('data-pending')");
            return;
        }
        String typed = text.getValue();
        if (typed.equals(savedText)) {
            // Nothing new to save (every session action and every blur saves first): no trip to the database.
            confirmSaved(typed, status.getText());
            return;
        }
        NoteSaveResult result = notes.save(sessionId, itemId, baseRevision, typed, asNewVersion);
        if (result instanceof Saved saved) {
            baseRevision = saved.revision();
            savedText = typed;
            status.removeClassName("tw-note-conflict");
            confirmSaved(typed, "Saved " + time(saved.savedAt()));
        } else if (result instanceof Conflict conflict) {
            showConflict(conflict);
        }
    }

    /**
     * Called by the idle logoff: whatever reached the server is saved before the session ends. With a conflict still
     * open, nothing may be saved over the newer notes, and the choice panel goes with the session: text typed since
     * the conflict is kept as one more conflicting copy in the history, where the therapist finds it at the next
     * sign-in beside the newer text (docs/design-decisions/0018).
     */
    @Override
    public void saveBeforeLogoff() {
        if (!conflictOpen) {
            save();
            return;
        }
        String typed = text.getValue();
        if (!typed.equals(keptAsConflict)) {
            // Still typed on the outdated revision, so the service keeps it beside the newer one, never over it.
            if (notes.save(sessionId, itemId, baseRevision, typed, true) instanceof Conflict) {
                keptAsConflict = typed;
            }
        }
    }

    private void showConflict(Conflict conflict) {
        conflictOpen = true;
        keptAsConflict = text.getValue();
        // Nothing is on its way to the server any more: show this status, not "Saving…".
        getElement().executeJs("this.removeAttribute('data-pending')");
        status.addClassName("tw-note-conflict");
        status.setText("Not saved over newer notes — see below");
        var keepMine = new Button("Keep my text", click -> {
            conflictOpen = false;
            baseRevision = conflict.currentRevision();
            savedText = conflict.currentBody();
            conflictBox.setVisible(false);
            save();
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var useOther = new Button("Use the other text", click -> {
            conflictOpen = false;
            baseRevision = conflict.currentRevision();
            savedText = conflict.currentBody();
            text.setValue(conflict.currentBody());
            conflictBox.setVisible(false);
            status.removeClassName("tw-note-conflict");
            confirmSaved(conflict.currentBody(), "Showing the text saved " + time(conflict.currentSavedAt()));
        });
        useOther.addThemeVariants(ButtonVariant.LUMO_SMALL);
        conflictBox.removeAll();
        conflictBox.addClassName("tw-conflict");
        conflictBox.add(new Paragraph("These notes were changed elsewhere (another tab or window) at "
                        + time(conflict.currentSavedAt()) + ". Your text is kept in the history either way. "
                        + "The other text is:"),
                new Pre(conflict.currentBody()), new HorizontalLayout(keepMine, useOther));
        conflictBox.setVisible(true);
    }

    /**
     * The versions newest first, numbered 1.. in the order they were written (the revision numbers count every
     * autosave and would read as gaps). Each version is one burst of typing, so the list reads like drafts.
     */
    private void openHistory() {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Earlier versions");
        dialog.setWidth("min(40rem, 100vw)");
        var list = new Div();
        list.addClassName("tw-note-history");
        List<RevisionInfo> versions = notes.history(sessionId, itemId);
        for (int i = 0; i < versions.size(); i++) {
            RevisionInfo revision = versions.get(i);
            var restore = new Button("Put back in the editor", click -> {
                text.setValue(revision.body());
                save(true);
                dialog.close();
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            var heading = new Paragraph("Version " + (versions.size() - i) + " · saved "
                    + ViewerDates.dayAndTime(revision.savedAt(), zone) + (i == 0 ? " · latest" : "")
                    + (revision.conflict() ? " · from another tab, not in the editor" : ""));
            heading.addClassName("tw-meta");
            var body = new Pre(revision.body().isEmpty() ? "(empty)" : revision.body());
            body.addClassName("tw-note-version");
            list.add(heading, body, restore);
        }
        if (versions.isEmpty()) {
            list.add(new Paragraph("No saved versions yet."));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private String time(Instant instant) {
        return ViewerDates.time(instant, zone);
    }

    TextArea textArea() {
        return text;
    }

    String statusText() {
        return status.getText();
    }
}
