package org.trustwork.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * Every save of a note, kept as it was typed. A conflicting save (made from an outdated copy, e.g. in a
 * second tab) is kept too, flagged, so that no text the therapist wrote is ever lost. Rows never change.
 */
@Entity
@Immutable
@Table(name = "note_revision")
class NoteRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "note_id", nullable = false, updatable = false)
    private long noteId;

    @Column(name = "revision", nullable = false, updatable = false)
    private int revision;

    @Column(name = "body", nullable = false, length = SessionNote.BODY_MAX, updatable = false)
    private String body;

    @Column(name = "conflict", nullable = false, updatable = false)
    private boolean conflict;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    protected NoteRevision() {
    }

    NoteRevision(long noteId, int revision, String body, boolean conflict, Instant savedAt) {
        this.noteId = noteId;
        this.revision = revision;
        this.body = body;
        this.conflict = conflict;
        this.savedAt = savedAt;
    }

    Long id() {
        return id;
    }

    int revision() {
        return revision;
    }

    String body() {
        return body;
    }

    boolean conflict() {
        return conflict;
    }

    Instant savedAt() {
        return savedAt;
    }
}
