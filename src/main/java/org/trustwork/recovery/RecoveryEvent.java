package org.trustwork.recovery;

import org.trustwork.base.live.LiveEvent;

/** Something changed in a couple's story: a marked day, the phase, a contact from the affair partner. */
public sealed interface RecoveryEvent extends LiveEvent {

    long coupleId();

    long therapistAccountId();

    /** The timeline or the phase changed (the event never says which day, or whose: screens reload through the service). */
    record StoryChanged(long coupleId, long therapistAccountId) implements RecoveryEvent {
    }
}
