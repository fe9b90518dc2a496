package org.trustwork.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.session.SessionViews.PrivateNote;
import org.trustwork.session.SessionViews.SessionRecord;

/** What a progress report shows; {@code privateNotes} is null when the therapist did not ask to include them. */
record ReportData(Dashboard dashboard, List<SessionRecord> sessions, List<PrivateNote> privateNotes,
                  Instant generatedAt, ZoneId zone) {

    boolean includesPrivateNotes() {
        return privateNotes != null;
    }
}
