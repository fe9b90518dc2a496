package org.trustwork.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trustwork.account.Role;
import org.trustwork.session.SessionViews.Conflict;
import org.trustwork.session.SessionViews.NoteSaveResult;
import org.trustwork.session.SessionViews.NoteSnapshot;
import org.trustwork.session.SessionViews.PrivateNote;
import org.trustwork.session.SessionViews.RevisionInfo;
import org.trustwork.session.SessionViews.Saved;

/**
 * A therapist's private session notes. Only their author ever reads them: the queries are scoped to the
 * signed-in author, so neither partners, admins nor another therapist can reach them through any path.
 */
@Service
@Validated
public class SessionNotesService {

    private final SessionNoteRepository notes;
    private final NoteRevisionRepository revisions;
    private final SessionAccess access;
    private final Clock clock;

    SessionNotesService(SessionNoteRepository notes, NoteRevisionRepository revisions, SessionAccess access,
                        Clock clock) {
        this.notes = notes;
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    /** The caller's notes for the session ({@code itemId} null) or for one agenda item; empty at revision 0. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public NoteSnapshot open(long sessionId, Long itemId) {
        SessionNote note = noteOf(sessionId, itemId);
        return new NoteSnapshot(itemId, note.getCurrentRevision(), note.getBody(),
                note.getCurrentRevision() == 0 ? null : note.getUpdatedAt());
    }

    /**
     * Saves the text typed on top of {@code baseRevision}. If the notes moved on meanwhile (another tab), the
     * text is kept as a flagged revision and the caller is told, with the other text, instead of overwriting it.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public NoteSaveResult save(long sessionId, Long itemId, int baseRevision,
                               @NotNull @Size(max = SessionNote.BODY_MAX) String text) {
        // Lock before the note is loaded at all: a copy read before another tab's save committed would be stale,
        // and Hibernate would refuse to hand out the newer row next to it.
        SessionNote note = notes.lockById(noteIdOf(sessionId, itemId)).orElseThrow();
        Instant now = clock.instant();
        if (note.getCurrentRevision() != baseRevision) {
            revisions.save(new NoteRevision(note.getId(), note.getCurrentRevision(), text, true, now));
            return new Conflict(note.getCurrentRevision(), note.getBody(), note.getUpdatedAt(), now);
        }
        if (Objects.equals(note.getBody(), text)) {
            return new Saved(note.getCurrentRevision(), note.getCurrentRevision() == 0 ? now : note.getUpdatedAt());
        }
        int revision = note.advance(text);
        notes.saveAndFlush(note);
        revisions.save(new NoteRevision(note.getId(), revision, text, false, now));
        return new Saved(revision, now);
    }

    /** Every saved version of the caller's notes, newest first, conflicting copies included. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<RevisionInfo> history(long sessionId, Long itemId) {
        access.sessionForTherapist(sessionId);
        return notes.findNote(sessionId, itemId, access.me())
                .map(note -> revisions.findByNoteIdOrderByRevisionDescIdDesc(note.getId()).stream()
                        .map(r -> new RevisionInfo(r.revision(), r.savedAt(), r.conflict(), r.body()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The caller's own private notes on one of their couples, for a report they explicitly asked to include them
     * in. Scoped to the author like every other read here: another therapist's notes never come back.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<PrivateNote> myNotesForCouple(long coupleId) {
        access.requireCoupleForTherapist(coupleId);
        return notes.findAuthorsNotesOfCouple(coupleId, access.me()).stream()
                .map(row -> new PrivateNote((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    private SessionNote noteOf(long sessionId, Long itemId) {
        long me = checkedAuthor(sessionId, itemId);
        return notes.findNote(sessionId, itemId, me)
                .orElseGet(() -> notes.saveAndFlush(new SessionNote(sessionId, itemId, me)));
    }

    private long noteIdOf(long sessionId, Long itemId) {
        long me = checkedAuthor(sessionId, itemId);
        return notes.findNoteId(sessionId, itemId, me)
                .orElseGet(() -> notes.saveAndFlush(new SessionNote(sessionId, itemId, me)).getId());
    }

    /** The caller, once it is clear they may write notes on this session (and item). */
    private long checkedAuthor(long sessionId, Long itemId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        if (itemId != null && session.getItems().stream().noneMatch(i -> i.getId().equals(itemId))) {
            throw new SessionStateException("That agenda item is not part of this session.");
        }
        return access.me();
    }
}
