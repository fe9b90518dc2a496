package org.trustwork.progress;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.couple.CoupleExportPart;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A couple's check-ins for their data export, as recorded rather than as charted: every questionnaire the
 * therapist asked for (cancelled ones too) and every answer each partner gave, item by item, with their notes.
 */
@Component
class CheckInExportPart implements CoupleExportPart {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MeasureRequestRepository requests;
    private final MeasureResponseRepository responses;
    private final MeasureRepository measures;

    CheckInExportPart(MeasureRequestRepository requests, MeasureResponseRepository responses,
                      MeasureRepository measures) {
        this.requests = requests;
        this.responses = responses;
        this.measures = measures;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportFile> filesFor(long coupleId) {
        Map<Long, String> codes = measures.findAll().stream().collect(Collectors.toMap(Measure::getId, Measure::getCode));
        var requested = requests.findAllByCouple(coupleId).stream().map(r -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", r.getId());
            row.put("measure", codes.get(r.getMeasureId()));
            row.put("requestedAt", r.getRequestedAt());
            row.put("cancelledAt", r.getCancelledAt());
            return row;
        }).toList();
        var answered = responses.findByCoupleWithAnswers(coupleId).stream().map(r -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", r.getId());
            row.put("measure", codes.get(r.getMeasureId()));
            row.put("requestId", r.getRequestId());
            row.put("partnerAccountId", r.getPartnerAccountId());
            row.put("answeredAt", r.getAnsweredAt());
            row.put("totalScore", r.getTotalScore());
            row.put("answers", new TreeMap<>(r.getAnswers()));
            row.put("note", r.getNote());
            row.put("sharedWithPartner", r.isSharedWithPartner());
            return row;
        }).toList();
        var content = new LinkedHashMap<String, Object>();
        content.put("requests", requested);
        content.put("responses", answered);
        return List.of(new ExportFile("checkins.json", JSON.writeValueAsBytes(content)));
    }
}
