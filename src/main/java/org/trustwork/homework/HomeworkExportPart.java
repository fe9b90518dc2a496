package org.trustwork.homework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.couple.CoupleExportPart;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A couple's homework for their data export: every assignment, each occurrence, and the partners' reflections. */
@Component
class HomeworkExportPart implements CoupleExportPart {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final HomeworkAssignmentRepository assignments;
    private final HomeworkReflectionRepository reflections;
    private final HomeworkLandingRepository landings;

    HomeworkExportPart(HomeworkAssignmentRepository assignments, HomeworkReflectionRepository reflections,
                       HomeworkLandingRepository landings) {
        this.assignments = assignments;
        this.reflections = reflections;
        this.landings = landings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportFile> filesFor(long coupleId) {
        List<HomeworkAssignment> all = assignments.findAllWithOccurrences(coupleId);
        List<Long> occurrenceIds = all.stream().flatMap(a -> a.getOccurrences().stream())
                .map(HomeworkOccurrence::getId).toList();
        Map<Long, List<HomeworkReflection>> byOccurrence = occurrenceIds.isEmpty() ? Map.of()
                : reflections.findByOccurrenceIdIn(occurrenceIds).stream()
                .collect(Collectors.groupingBy(HomeworkReflection::getOccurrenceId));
        var rows = all.stream().map(a -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", a.getId());
            row.put("practiceId", a.getPracticeId());
            row.put("sessionId", a.getSessionId());
            row.put("assigneeAccountId", a.getAssigneeAccountId());
            row.put("title", a.getTitle());
            row.put("instructions", a.getInstructions());
            row.put("noteToPartners", a.getNoteToPartners());
            row.put("cadence", a.getCadence());
            row.put("timesPerWeek", a.getTimesPerWeek());
            row.put("startDate", a.getStartDate());
            row.put("endDate", a.getEndDate());
            row.put("occurrences", a.getOccurrences().stream().map(o -> {
                var occurrence = new LinkedHashMap<String, Object>();
                occurrence.put("dueDate", o.getDueDate());
                occurrence.put("completedAt", o.getCompletedAt());
                occurrence.put("completedBy", o.getCompletedBy());
                occurrence.put("reflections", byOccurrence.getOrDefault(o.getId(), List.of()).stream().map(r -> {
                    var reflection = new LinkedHashMap<String, Object>();
                    reflection.put("authorAccountId", r.getAuthorId());
                    reflection.put("text", r.getBody());
                    reflection.put("difficulty", r.getDifficulty());
                    reflection.put("helpfulness", r.getHelpfulness());
                    reflection.put("visibility", r.getVisibility());
                    return reflection;
                }).toList());
                return occurrence;
            }).toList());
            return row;
        }).toList();
        List<ExportFile> files = new java.util.ArrayList<>();
        files.add(new ExportFile("homework.json", JSON.writeValueAsBytes(rows)));
        // How a practice landed is its author's to show: each partner's answers in a file of their own, so that
        // handing the couple's export over never gives one partner the other's unshared answers.
        Map<Long, HomeworkOccurrence> byId = all.stream().flatMap(a -> a.getOccurrences().stream())
                .collect(Collectors.toMap(HomeworkOccurrence::getId, o -> o));
        Map<Long, List<HomeworkLanding>> byAuthor = occurrenceIds.isEmpty() ? Map.of()
                : landings.findByOccurrenceIdIn(occurrenceIds).stream()
                .collect(Collectors.groupingBy(HomeworkLanding::getAuthorId, java.util.TreeMap::new, Collectors.toList()));
        byAuthor.forEach((author, answers) -> files.add(new ExportFile(CoupleExportPart.privateFile(author, "how-it-landed.json"),
                JSON.writeValueAsBytes(answers.stream().map(l -> {
                    var row = new LinkedHashMap<String, Object>();
                    HomeworkOccurrence o = byId.get(l.getOccurrenceId());
                    row.put("homework", o.getAssignment().getTitle());
                    row.put("dueDate", o.getDueDate());
                    row.put("doneBy", o.getCompletedBy());
                    row.put("howItLanded", l.getLanded().label());
                    row.put("note", l.getNote());
                    row.put("sharedWithThePartnerWhoDidIt", l.isSharedWithDoer());
                    return row;
                }).toList()))));
        return files;
    }

}
