package org.trustwork.session;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trustwork.account.Role;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLog;
import org.trustwork.audit.AuditTarget;
import org.trustwork.session.SessionViews.Conflict;
import org.trustwork.session.SessionViews.ItemNote;
import org.trustwork.session.SessionViews.NoteSaveResult;
import org.trustwork.session.SessionViews.NoteSnapshot;
import org.trustwork.session.SessionViews.PrivateNote;
import org.trustwork.session.SessionViews.RevisionInfo;
import org.trustwork.session.SessionViews.Saved;

/**
 * A therapist's private session notes. Only their author ever reads them: the queries are scoped to the
 * signed-in author, so neither partners, admins nor another therapist can reach them through any path.
 * Opening, saving and reading their history is audited by note and revision number; the text never goes to the
 * audit trail.
 */
@Service
@Validated
public class SessionNotesService {

    private final SessionNoteRepository notes;
    private final NoteRevisionRepository revisions;
    private final AgendaItemRepository items;
    private final SessionAccess access;
    private final AuditLog audit;
    private final Clock clock;

    SessionNotesService(SessionNoteRepository notes, NoteRevisionRepository revisions, AgendaItemRepository items,
                        SessionAccess access, AuditLog audit, Clock clock) {
        this.notes = notes;
        this.revisions = revisions;
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's notes for the session ({@code itemId} null) or for one agenda item; empty at revision 0. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public NoteSnapshot open(long sessionId, Long itemId) {
        return opened(checkedSession(sessionId, itemId), itemId);
    }

    /**
     * A session screen being opened: the session's notes and, when an item is current, that item's notes, with
     * one access check in one transaction. Each opening is audited as {@link #open} audits it.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public List<NoteSnapshot> openForScreen(long sessionId, Long currentItemId) {
        NotesScope session = checkedSession(sessionId, currentItemId);
        return currentItemId == null ? List.of(opened(session, null))
                : List.of(opened(session, null), opened(session, currentItemId));
    }

    /**
     * Opening creates the (empty) notes: two tabs then always save onto an existing row and the second is told of
     * the conflict, instead of both creating it at once on their first save, where one would fail outright.
     */
    private NoteSnapshot opened(NotesScope session, Long itemId) {
        SessionNote note = noteOf(session, itemId);
        audited(AuditKind.VIEW, note, session, itemId, "private notes opened");
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
        return save(sessionId, itemId, baseRevision, text, false);
    }

    /**
     * {@link #save}; with {@code asNewVersion} the text never joins the burst of typing before it (text put back
     * from the history must not replace the version it is put back over).
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public NoteSaveResult save(long sessionId, Long itemId, int baseRevision,
                               @NotNull @Size(max = SessionNote.BODY_MAX) String text, boolean asNewVersion) {
        // Lock before the note is loaded at all: a copy read before another tab's save committed would be stale,
        // and Hibernate would refuse to hand out the newer row next to it.
        NotesScope session = checkedSession(sessionId, itemId);
        SessionNote note = lockedNoteOf(session, itemId);
        Instant now = clock.instant();
        if (note.getCurrentRevision() != baseRevision) {
            revisions.save(new NoteRevision(note.getId(), note.getCurrentRevision(), text, true, now));
            audited(AuditKind.CHANGE, note, session, itemId,
                    "private notes: a conflicting copy kept beside revision " + note.getCurrentRevision());
            return new Conflict(note.getCurrentRevision(), note.getBody(), note.getUpdatedAt(), now);
        }
        if (Objects.equals(note.getBody(), text)) {
            return new Saved(note.getCurrentRevision(), note.getCurrentRevision() == 0 ? now : note.getUpdatedAt());
        }
        // The note's revision moves on with every save, so another tab's copy is still detected as outdated; only
        // the history is coalesced.
        int revision = note.advance(text);
        notes.saveAndFlush(note);
        var latest = asNewVersion ? java.util.Optional.<NoteRevision>empty()
                : revisions.findFirstByNoteIdOrderByIdDesc(note.getId()).filter(r -> r.continuesBurst(baseRevision, now));
        latest.ifPresentOrElse(r -> r.continueBurst(revision, text, now),
                () -> revisions.save(new NoteRevision(note.getId(), revision, text, false, now)));
        revisions.flush();
        audited(AuditKind.CHANGE, note, session, itemId, "private notes saved as revision " + revision);
        return new Saved(revision, now);
    }

    /** Every saved version of the caller's notes, newest first, conflicting copies included. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public List<RevisionInfo> history(long sessionId, Long itemId) {
        NotesScope session = checkedSession(sessionId, null);
        return notes.findNote(sessionId, itemId, access.me())
                .map(note -> {
                    audited(AuditKind.VIEW, note, session, itemId, "private note history opened");
                    return revisions.findByNoteIdOrderByRevisionDescIdDesc(note.getId()).stream()
                            .map(r -> new RevisionInfo(r.revision(), r.savedAt(), r.conflict(), r.body()))
                            .toList();
                })
                .orElse(List.of());
    }

    /**
     * The caller's non-empty notes on the session's agenda items, in agenda order, for reading once the session has
     * ended (while writing the summary). Each note shown is audited as opened.
     */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public List<ItemNote> myItemNotes(long sessionId) {
        NotesScope session = checkedSession(sessionId, null);
        List<SessionNote> written = notes.findBySessionIdAndAuthorId(sessionId, access.me()).stream()
                .filter(n -> n.getAgendaItemId() != null && !n.getBody().isBlank()).toList();
        if (written.isEmpty()) {
            return List.of();
        }
        Map<Long, AgendaItem> byId = items.findAllById(written.stream().map(SessionNote::getAgendaItemId).toList())
                .stream().collect(Collectors.toMap(AgendaItem::getId, i -> i));
        written.forEach(n -> audited(AuditKind.VIEW, n, session, n.getAgendaItemId(), "private notes read"));
        return written.stream().filter(n -> byId.containsKey(n.getAgendaItemId()))
                .sorted(Comparator.comparingInt(n -> byId.get(n.getAgendaItemId()).getPosition()))
                .map(n -> new ItemNote(n.getAgendaItemId(), byId.get(n.getAgendaItemId()).getTitle(), n.getBody()))
                .toList();
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

    private void audited(AuditKind kind, SessionNote note, NotesScope session, Long itemId, String what) {
        audit.record(kind, AuditTarget.of("private-note", note.getId(), session.coupleId()),
                what + " (session " + session.sessionId() + (itemId == null ? "" : ", agenda item " + itemId) + ")");
    }

    private SessionNote noteOf(NotesScope session, Long itemId) {
        long me = access.me();
        return notes.findNote(session.sessionId(), itemId, me)
                .orElseGet(() -> notes.saveAndFlush(new SessionNote(session.sessionId(), itemId, me)));
    }

    private SessionNote lockedNoteOf(NotesScope session, Long itemId) {
        long me = access.me();
        return notes.lockNote(session.sessionId(), itemId, me)
                .orElseGet(() -> notes.saveAndFlush(new SessionNote(session.sessionId(), itemId, me)));
    }

    /** The session notes are written on, and its couple; the session and its agenda are not loaded for that. */
    private record NotesScope(long sessionId, long coupleId) {
    }

    /** Once it is clear the caller may write notes on the session (and on the item): notes save every few seconds. */
    private NotesScope checkedSession(long sessionId, Long itemId) {
        var scope = new NotesScope(sessionId, access.coupleOfSessionForTherapist(sessionId));
        if (itemId != null && !items.isItemOf(itemId, sessionId)) {
            throw new SessionStateException("That agenda item is not part of this session.");
        }
        return scope;
    }
}
