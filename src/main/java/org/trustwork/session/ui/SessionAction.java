package org.trustwork.session.ui;

import java.util.function.Supplier;
import org.trustwork.session.SessionViews.SessionDetails;

/** Runs a session change and shows the result; false when it was refused (the reason is shown to the therapist). */
@FunctionalInterface
interface SessionAction {

    boolean run(Supplier<SessionDetails> change);
}
