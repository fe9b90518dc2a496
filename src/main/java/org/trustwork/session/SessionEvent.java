package org.trustwork.session;

import org.trustwork.base.live.LiveEvent;

/** Something changed in one therapy session. */
public sealed interface SessionEvent extends LiveEvent {

    long sessionId();

    long coupleId();

    /** The agenda, timer, notes or state changed (the screens of the session follow it). */
    record SessionChanged(long sessionId, long coupleId) implements SessionEvent {
    }

    /** The shared summary was published to both partners. */
    record SummaryPublished(long sessionId, long coupleId) implements SessionEvent {
    }
}
