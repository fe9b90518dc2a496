package org.trustwork.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * Another feature's automatic answer to items of the readiness checklist, e.g. the safety screen saying whether its
 * follow-up is done. Every bean implementing it is asked; the disclosure feature knows none of them, so a feature
 * contributes by implementing this interface and depending on this package, never the other way round.
 * <p>
 * An automatic "met" counts as met even without the therapist's tick; an automatic "not met" blocks the item even when
 * the therapist ticked it, since the contributing feature holds the facts (see design note 0017).
 */
public interface ReadinessSource {

    /** Answers for the couple's items this source knows about; an item it does not know is simply left out. */
    List<ReadinessAnswer> answersFor(long coupleId);

    /** {@code source} names where the answer comes from, shown to the therapist ("Safety screen"). */
    record ReadinessAnswer(ReadinessItem item, boolean met, LocalDate asOf, String source) {
    }
}
