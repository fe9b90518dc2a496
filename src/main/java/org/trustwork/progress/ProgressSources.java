package org.trustwork.progress;

import java.util.List;
import java.util.Map;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.homework.HomeworkFact;
import org.trustwork.homework.TwoSidedLog;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.recovery.Timeline;
import org.trustwork.session.SessionViews.PracticeHistory;
import org.trustwork.session.SessionViews.SessionRecord;

/**
 * {@code timeline} and {@code landings} hold only what the report's reader may see: everything for the therapist's
 * own screens, nothing private for a copy that may be handed to the couple.
 * <p>
 * Everything a couple's dashboard and reports are built from. The therapist's path fills it through the
 * secured services, the data export through their unchecked export methods; the building is the same.
 */
record ProgressSources(CoupleDetails couple, List<MeasureResponse> responses, List<SessionRecord> sessions,
                       Map<Long, PracticeHistory> practiceHistory, List<HomeworkFact> homework,
                       List<PracticeInfo> practices, Timeline timeline, List<TwoSidedLog.Fact> landings) {
}
