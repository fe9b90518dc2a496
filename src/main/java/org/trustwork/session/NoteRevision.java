package org.trustwork.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A version of a note as it was typed. Autosaves of one burst of typing update the burst's latest version in place
 * (see {@link #continuesBurst}), so the history holds what was written, not every few letters of it; every save
 * still stores the latest text at once. A conflicting save (made from an outdated copy, e.g. in a second tab) is
 * kept too, flagged, and is never updated, so that no text the therapist wrote is ever lost.
 */
@Entity
@Table(name = "note_revision")
class NoteRevision {

    /** Saves closer together than this are one burst of typing (autosave runs every 1.5 s while typing). */
    static final Duration BURST_PAUSE = Duration.ofSeconds(15);
    /** A burst longer than this starts a new version: continuous typing keeps one version per minute. */
    static final Duration BURST_LENGTH = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "note_id", nullable = false, updatable = false)
    private long noteId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "body", nullable = false, length = SessionNote.BODY_MAX)
    private String body;

    @Column(name = "conflict", nullable = false, updatable = false)
    private boolean conflict;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "burst_started_at", updatable = false)
    private Instant burstStartedAt;

    protected NoteRevision() {
    }

    NoteRevision(long noteId, int revision, String body, boolean conflict, Instant savedAt) {
        this.noteId = noteId;
        this.revision = revision;
        this.body = body;
        this.conflict = conflict;
        this.savedAt = savedAt;
        this.burstStartedAt = savedAt;
    }

    /**
     * Whether a save made now on top of {@code baseRevision} is the same burst of typing as this version: it is the
     * version that save was typed on (not a conflicting copy), saved moments ago, and the burst is not yet long.
     */
    boolean continuesBurst(int baseRevision, Instant now) {
        Instant started = burstStartedAt != null ? burstStartedAt : savedAt;
        return !conflict && revision == baseRevision && !now.isBefore(savedAt)
                && Duration.between(savedAt, now).compareTo(BURST_PAUSE) < 0
                && Duration.between(started, now).compareTo(BURST_LENGTH) < 0;
    }

    /** The burst goes on: this version now holds the latest text, under the note's new revision number. */
    void continueBurst(int newRevision, String newBody, Instant now) {
        revision = newRevision;
        body = newBody;
        savedAt = now;
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
