package org.trustwork.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.couple.CoupleExportPart;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A couple's sessions for their data export: when each was planned, started and ended, its agenda with the time
 * spent on each item, the timer's events, and the summary the therapist published to the couple. Private session
 * notes (and their revisions) are the therapist's working notes and are deliberately left out, as is a summary
 * that was drafted but never published.
 */
@Component
class SessionExportPart implements CoupleExportPart {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final SessionRepository sessions;
    private final TimerEventRepository timerEvents;

    SessionExportPart(SessionRepository sessions, TimerEventRepository timerEvents) {
        this.sessions = sessions;
        this.timerEvents = timerEvents;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportFile> filesFor(long coupleId) {
        List<TherapySession> all = sessions.findByCoupleWithAgenda(coupleId);
        Map<Long, List<TimerEvent>> eventsBySession = all.isEmpty() ? Map.of()
                : timerEvents.findBySessionIdInOrderByOccurredAtAscIdAsc(all.stream().map(TherapySession::getId).toList())
                .stream().collect(Collectors.groupingBy(TimerEvent::sessionId));
        var rows = all.stream().map(s -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", s.getId());
            row.put("status", s.getStatus());
            row.put("scheduledStart", s.getScheduledStart());
            row.put("plannedMinutes", s.getPlannedMinutes());
            row.put("startedAt", s.getStartedAt());
            row.put("endedAt", s.getEndedAt());
            boolean published = s.getSummaryPublishedAt() != null;
            row.put("sharedSummary", published ? s.getSharedSummary() : null);
            row.put("summaryPublishedAt", s.getSummaryPublishedAt());
            row.put("agenda", s.getItems().stream().map(item -> {
                var agendaItem = new LinkedHashMap<String, Object>();
                agendaItem.put("id", item.getId());
                agendaItem.put("position", item.getPosition());
                agendaItem.put("title", item.getTitle());
                agendaItem.put("practiceId", item.getPracticeId());
                agendaItem.put("timeBoxMinutes", item.getTimeBoxMinutes());
                agendaItem.put("status", item.getStatus());
                agendaItem.put("startedAt", item.getStartedAt());
                agendaItem.put("endedAt", item.getEndedAt());
                agendaItem.put("spentSeconds", item.getSpentMillis() / 1000);
                agendaItem.put("carriedFromItemId", item.getCarriedFrom() == null ? null : item.getCarriedFrom().getId());
                return agendaItem;
            }).toList());
            row.put("timerEvents", eventsBySession.getOrDefault(s.getId(), List.of()).stream().map(e -> {
                var event = new LinkedHashMap<String, Object>();
                event.put("kind", e.kind());
                event.put("agendaItemId", e.agendaItemId());
                event.put("at", e.occurredAt());
                return event;
            }).toList());
            return row;
        }).toList();
        return List.of(new ExportFile("sessions.json", JSON.writeValueAsBytes(rows)));
    }
}
