package org.trustwork.progress;

import org.trustwork.base.live.LiveEvent;

/** Something changed in a couple's check-ins or questionnaires. */
public sealed interface ProgressEvent extends LiveEvent {

    long coupleId();

    long therapistAccountId();

    /** A partner answered a check-in or a requested questionnaire. */
    record CheckInRecorded(long coupleId, long therapistAccountId, long responseId) implements ProgressEvent {
    }

    /** The therapist asked the couple for a questionnaire, or withdrew the request. */
    record QuestionnaireRequestChanged(long coupleId, long therapistAccountId, long requestId) implements ProgressEvent {
    }
}
