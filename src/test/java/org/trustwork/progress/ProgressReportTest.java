package org.trustwork.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.trustwork.TestClinic;
import org.trustwork.DemoClinic;
import org.trustwork.RunAs;
import org.trustwork.TestClock;
import org.trustwork.TrustworkTest;
import org.trustwork.account.AccountService;
import org.trustwork.audit.AuditKind;
import org.trustwork.audit.AuditLogTestAccess;
import org.trustwork.couple.CoupleExportPart;
import org.trustwork.couple.CoupleService;
import org.trustwork.demo.HistoryGenerator;
import org.trustwork.emergency.EmergencyAccessService;
import org.trustwork.security.SystemTask;
import org.trustwork.session.SessionNotesService;
import org.trustwork.session.SessionService;

/**
 * The progress report and data file: what they must contain, what they must never contain, who may make them,
 * and the data export's copy of them.
 */
@TrustworkTest
class ProgressReportTest {
    @Autowired
    RunAs runAs;

    @Autowired
    TestClinic clinic;

    private static final String PRIVATE_NOTE = "Private: Tom still minimises the affair when Maya cries";
    private static final String SHARED_SUMMARY = "Shared: today we practised the apology without excuses";

    @Autowired
    ProgressService progress;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionNotesService notes;
    @Autowired
    HistoryGenerator history;
    @Autowired
    CoupleService couples;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemTask systemTask;
    @Autowired
    SecurityContextHolderStrategy contextHolder;
    @Autowired
    AuditLogTestAccess audit;
    @Autowired
    EmergencyAccessService emergency;
    @Autowired
    List<CoupleExportPart> exportParts;
    @Autowired
    TestClock clock;

    private long coupleId;
    private long otherCoupleId;
    private String partnerName;
    private String otherPartnerName;

    private <T> T as(String email, Supplier<T> step) {
        return runAs.as(email, step);
    }

    /** A couple of Dr Rivera's with ten weeks of history, a shared summary and a private note; one of Dr Okafor's. */
    @BeforeEach
    void couples() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        coupleId = clinic.newCouple(DemoClinic.RIVERA);
        history.generate(new HistoryGenerator.Plan(coupleId, today.minusWeeks(10), 10, 3, 2, 4, 0.5, 0, 0, 3));
        otherCoupleId = clinic.newCouple(DemoClinic.OKAFOR);
        history.generate(new HistoryGenerator.Plan(otherCoupleId, today.minusWeeks(6), 6, 3, 2, 4, 0.5, 0, 0, 4));
        partnerName = as(DemoClinic.RIVERA, () -> couples.couple(coupleId)).partners().getFirst().displayName();
        otherPartnerName = as(DemoClinic.OKAFOR, () -> couples.couple(otherCoupleId)).partners().getFirst().displayName();
        as(DemoClinic.RIVERA, () -> {
            var session = sessions.plan(coupleId, clock.instant(), 50);
            sessions.start(session.id());
            sessions.end(session.id());
            sessions.saveSharedSummary(session.id(), SHARED_SUMMARY);
            sessions.publishSummary(session.id());
            return notes.save(session.id(), null, 0, PRIVATE_NOTE);
        });
    }

    @Test
    void the_report_shows_partners_scores_cut_off_and_shared_summaries_but_no_private_notes() {
        ProgressReport report = as(DemoClinic.RIVERA, () -> progress.reportPdf(coupleId, false));

        assertThat(report.contentType()).isEqualTo("application/pdf");
        assertThat(report.fileName()).matches("progress-test-couple-\\d+-\\d{4}-\\d{2}-\\d{2}\\.pdf");
        String text = text(report.content());
        String firstPage = firstPage(report.content());
        assertThat(firstPage).contains("Progress report", "Therapist", "Dr Elena Rivera", partnerName,
                "This report does not include private session notes.");
        assertThat(text).contains("Check-ins · " + partnerName, "Couples Satisfaction Index (CSI-4)",
                "Cut-off: totals below 13.5 suggest notable relationship dissatisfaction",
                "Homework done per week", "Practice coverage", SHARED_SUMMARY, "Funk, J. L., & Rogge, R. D. (2007)");
        assertThat(text).containsPattern("\\d+ of \\d+ \\(\\d+%\\)");
        assertThat(text).doesNotContain(PRIVATE_NOTE, "The therapist's private session notes", otherPartnerName);
        assertThat(audit.latest(1)).singleElement().satisfies(e -> {
            assertThat(e.getKind()).isEqualTo(AuditKind.EXPORT);
            assertThat(e.getDetail()).contains("without private session notes").doesNotContain(PRIVATE_NOTE);
        });
    }

    @Test
    void the_therapist_who_ticks_the_box_gets_their_own_private_notes_in_the_report() {
        ProgressReport report = as(DemoClinic.RIVERA, () -> progress.reportPdf(coupleId, true));
        keepForLooking("progress-report-with-notes.pdf", report.content());

        assertThat(firstPage(report.content())).contains("This report includes the therapist's private session notes.")
                .doesNotContain("does not include");
        assertThat(text(report.content())).contains(PRIVATE_NOTE, "The therapist's private session notes");
        assertThat(audit.latest(1)).singleElement().satisfies(e -> assertThat(e.getDetail())
                .contains("with the therapist's private session notes").doesNotContain(PRIVATE_NOTE));
    }

    @Test
    void the_csv_has_one_row_per_value_and_no_other_couples_data() {
        ProgressReport csv = as(DemoClinic.RIVERA, () -> progress.reportCsv(coupleId));

        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(csv.content()[0]).as("no byte-order mark").isEqualTo((byte) 'd');
        List<String> lines = text.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("date,partner,measure,item,value");
        assertThat(lines).anyMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}," + partnerName + ",Check-in,trust,\\d+"))
                .anyMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}," + partnerName + ",CSI-4,total,\\d+"))
                .anyMatch(l -> l.matches("\\d{4}-\\d{2}-\\d{2}," + partnerName + ",Homework done per week,percent done,\\d+"))
                .allMatch(l -> l.split(",", -1).length == 5);
        assertThat(text).doesNotContain(otherPartnerName);
        assertThat(audit.latest(1).getFirst().getKind()).isEqualTo(AuditKind.EXPORT);
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_as_a_formula_are_defused() {
        assertThat(ProgressCsv.cell("=HYPERLINK(\"http://evil.example\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(ProgressCsv.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(ProgressCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ProgressCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ProgressCsv.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(ProgressCsv.cell("Maya, Tom")).isEqualTo("\"Maya, Tom\"");
        assertThat(ProgressCsv.cell("Zoë")).isEqualTo("Zoë");

        var partner = new ProgressViews.PartnerName(1, "=cmd|'/C calc'!A0");
        var week = new ProgressViews.WeekAdherence(LocalDate.of(2026, 3, 2), Map.of(1L, 50), Map.of(1L, new int[] {1, 2}));
        var dashboard = new ProgressViews.Dashboard(1, "x", "y", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 9),
                List.of(partner), null, List.of(), List.of(), List.of(week), List.of(), List.of(), List.of(), List.of(),
                List.of(), org.trustwork.recovery.Timeline.EMPTY);
        String csv = new String(ProgressCsv.build(dashboard), StandardCharsets.UTF_8);
        assertThat(csv).contains("2026-03-02,'=cmd|'/C calc'!A0,Homework done per week,percent done,50\r\n");
    }

    @Test
    void nobody_but_the_couples_own_therapist_can_make_the_report() {
        for (String wrong : List.of(DemoClinic.OKAFOR, DemoClinic.ADMIN, DemoClinic.MAYA)) {
            assertThatThrownBy(() -> as(wrong, () -> progress.reportPdf(coupleId, false)))
                    .as(wrong).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(wrong, () -> progress.reportCsv(coupleId)))
                    .as(wrong).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as(DemoClinic.RIVERA, () -> progress.reportPdf(otherCoupleId, false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_colleague_covering_in_an_emergency_may_see_the_dashboard_but_not_make_the_report() {
        long okafor = systemTask.callAsAdmin(() -> accounts.therapists().stream()
                .filter(t -> t.email().equals(DemoClinic.OKAFOR)).findFirst().orElseThrow().id());
        var grant = as(DemoClinic.ADMIN, () -> emergency.grant(coupleId, okafor, 30, "Rivera on leave this week"));
        try {
            assertThat(as(DemoClinic.OKAFOR, () -> progress.load(coupleId)).coupleId()).isEqualTo(coupleId);
            assertThatThrownBy(() -> as(DemoClinic.OKAFOR, () -> progress.reportPdf(coupleId, true)))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            as(DemoClinic.ADMIN, () -> {
                emergency.withdraw(grant.id());
                return null;
            });
        }
    }

    @Test
    void the_admins_data_export_gets_the_report_without_private_notes_and_the_csv() {
        contextHolder.clearContext();
        CoupleExportPart part = exportParts.stream().filter(p -> p instanceof ProgressExportPart).findFirst().orElseThrow();
        assertThatThrownBy(() -> part.filesFor(coupleId)).as("nobody signed in")
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);

        var files = systemTask.callAsAdmin(() -> part.filesFor(coupleId));

        assertThat(files).extracting(CoupleExportPart.ExportFile::name)
                .containsExactly("progress/report.pdf", "progress/data.csv");
        String pdf = text(files.get(0).content());
        assertThat(pdf).contains(partnerName, SHARED_SUMMARY, "This report does not include private session notes.")
                .doesNotContain(PRIVATE_NOTE, otherPartnerName);
        assertThat(new String(files.get(1).content(), StandardCharsets.UTF_8))
                .startsWith("date,partner,measure,item,value").contains(partnerName).doesNotContain(otherPartnerName);
    }

    /** A copy under target/ to open by eye (pdftoppm target/progress-report-with-notes.pdf page). */
    private static void keepForLooking(String name, byte[] content) {
        try {
            java.nio.file.Files.write(java.nio.file.Path.of("target", name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            // The extractor breaks lines where the PDF wraps them: compare words, not layout.
            return all.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstPage(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
