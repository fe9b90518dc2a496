package org.trustwork.progress;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.couple.CoupleExportPart;
import org.trustwork.couple.CoupleService;
import org.trustwork.base.ClinicCalendar;
import org.trustwork.homework.HomeworkService;
import org.trustwork.practice.PracticeService;
import org.trustwork.recovery.RecoveryService;
import org.trustwork.session.SessionService;

/**
 * Progress's share of a couple's data export: the report (never with private notes: those belong to their
 * author, not to the export) and the CSV. The export has checked access already, so this reads through the
 * services' unchecked export methods rather than the therapist-only ones; the files are built exactly as the
 * therapist's downloads are.
 */
@Component
class ProgressExportPart implements CoupleExportPart {

    private final CoupleService couples;
    private final MeasureResponseRepository responses;
    private final SessionService sessions;
    private final HomeworkService homework;
    private final RecoveryService recovery;
    private final PracticeService practices;
    private final DashboardAssembler assembler;
    private final ClinicCalendar calendar;
    private final Clock clock;

    ProgressExportPart(CoupleService couples, MeasureResponseRepository responses, SessionService sessions,
                       HomeworkService homework, RecoveryService recovery, PracticeService practices, DashboardAssembler assembler,
                       ClinicCalendar calendar, Clock clock) {
        this.couples = couples;
        this.responses = responses;
        this.sessions = sessions;
        this.homework = homework;
        this.recovery = recovery;
        this.practices = practices;
        this.assembler = assembler;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportFile> filesFor(long coupleId) {
        var sources = new ProgressSources(couples.coupleForExport(coupleId), responses.findByCoupleWithAnswers(coupleId),
                sessions.sessionRecordsForExport(coupleId), sessions.practiceHistoryForExport(coupleId),
                homework.progressFactsForExport(coupleId), practices.catalogue(),
                // A handed-over copy: nothing private to one partner, and no signal built on their private answers.
                recovery.timelineForExport(coupleId).sharedOnly(), List.of());
        var dashboard = assembler.dashboard(sources, List.of());
        byte[] pdf = ProgressReportPdf.build(new ReportData(dashboard, sources.sessions(), null, clock.instant(),
                calendar.zone()));
        return List.of(new ExportFile("progress/report.pdf", pdf),
                new ExportFile("progress/data.csv", ProgressCsv.build(dashboard)));
    }
}
