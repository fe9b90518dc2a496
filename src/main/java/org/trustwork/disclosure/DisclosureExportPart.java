package org.trustwork.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.couple.CoupleExportPart;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The couple's disclosure work for their data export, which both partners may receive: only questions released to
 * the involved partner, with their outcome in session, and a written answer only once it was answered in session.
 * Drafts, withdrawn, held, to-discuss-first and not yet released questions, the therapist's suggested rewordings and
 * answers not yet taken up stay out: they belong to one partner and the therapist.
 */
@Component
class DisclosureExportPart implements CoupleExportPart {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final DisclosureQuestionRepository questions;
    private final ReadinessTickRepository ticks;
    private final Clock clock;
    private final ZoneId zone;

    DisclosureExportPart(DisclosureQuestionRepository questions, ReadinessTickRepository ticks, Clock clock,
                         @Value("${trustwork.clinic.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
        this.questions = questions;
        this.ticks = ticks;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportFile> filesFor(long coupleId) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var released = questions.findReleased(coupleId, today).stream().map(q -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("question", q.text());
            row.put("releasedOn", q.releaseOn());
            row.put("outcome", q.outcome());
            row.put("deferredTo", q.deferredTo());
            row.put("declineReason", q.declineReason());
            row.put("answer", q.outcome() == Outcome.ANSWERED ? q.answerText() : null);
            return row;
        }).toList();
        var readiness = ticks.findByCoupleId(coupleId).stream().map(t -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("item", t.item().label());
            row.put("tickedOn", t.tickedOn());
            return row;
        }).toList();
        var content = new LinkedHashMap<String, Object>();
        content.put("releasedQuestions", released);
        content.put("readinessChecklist", readiness);
        return List.of(new ExportFile("disclosure.json", JSON.writeValueAsBytes(content)));
    }
}
