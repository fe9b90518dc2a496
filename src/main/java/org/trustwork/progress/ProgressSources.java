package org.trustwork.progress;

import java.util.List;
import java.util.Map;
import org.trustwork.couple.CoupleDetails;
import org.trustwork.homework.HomeworkFact;
import org.trustwork.practice.PracticeInfo;
import org.trustwork.session.SessionViews.PracticeHistory;
import org.trustwork.session.SessionViews.SessionRecord;

/**
 * Everything a couple's dashboard and reports are built from. The therapist's path fills it through the
 * secured services, the data export through their unchecked export methods; the building is the same.
 */
record ProgressSources(CoupleDetails couple, List<MeasureResponse> responses, List<SessionRecord> sessions,
                       Map<Long, PracticeHistory> practiceHistory, List<HomeworkFact> homework,
                       List<PracticeInfo> practices) {
}
