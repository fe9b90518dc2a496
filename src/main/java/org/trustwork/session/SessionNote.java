package org.trustwork.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.trustwork.base.domain.AbstractEntity;

/**
 * A therapist's private notes for a session, or for one agenda item of it. The text is the latest
 * revision; the version column stops two simultaneous saves from both believing they came last.
 */
@Entity
@Table(name = "session_note")
public class SessionNote extends AbstractEntity {

    public static final int BODY_MAX = 100_000;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "agenda_item_id", updatable = false)
    private Long agendaItemId;

    /** The agenda item id, or 0 for the session as a whole: what the unique index keys on. */
    @Column(name = "note_key", nullable = false, updatable = false)
    private long noteKey;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "current_revision", nullable = false)
    private int currentRevision;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body = "";

    protected SessionNote() {
    }

    SessionNote(long sessionId, Long agendaItemId, long authorId) {
        this.sessionId = sessionId;
        this.agendaItemId = agendaItemId;
        this.noteKey = agendaItemId == null ? 0 : agendaItemId;
        this.authorId = authorId;
    }

    int advance(String newBody) {
        body = newBody;
        return ++currentRevision;
    }

    public long getSessionId() {
        return sessionId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public int getCurrentRevision() {
        return currentRevision;
    }

    public String getBody() {
        return body;
    }
}
