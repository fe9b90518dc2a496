package org.trustwork.homework;

import org.trustwork.base.live.LiveEvent;

/** Something changed in a couple's homework; the couple's therapist's screens and the partners' follow it. */
public sealed interface HomeworkEvent extends LiveEvent {

    long coupleId();

    long therapistAccountId();

    /** The therapist assigned new homework. */
    record HomeworkAssigned(long coupleId, long therapistAccountId, long assignmentId) implements HomeworkEvent {
    }

    /** A partner marked one occurrence done. */
    record HomeworkCompleted(long coupleId, long therapistAccountId, long occurrenceId) implements HomeworkEvent {
    }

    /** A partner took back a "done" of today. */
    record HomeworkReopened(long coupleId, long therapistAccountId, long occurrenceId) implements HomeworkEvent {
    }

    /** A partner wrote or changed a reflection (shared with the other partner or not: the screens reload either way). */
    record ReflectionWritten(long coupleId, long therapistAccountId, long occurrenceId) implements HomeworkEvent {
    }

    /** The other partner said how a practice landed (for the therapist, or shared with the partner who did it). */
    record LandingWritten(long coupleId, long therapistAccountId, long occurrenceId) implements HomeworkEvent {
    }
}
