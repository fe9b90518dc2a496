package org.trustwork.progress;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.trustwork.progress.ProgressViews.Coverage;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.Point;
import org.trustwork.progress.ProgressViews.QuestionnaireSeries;
import org.trustwork.progress.ProgressViews.Series;
import org.trustwork.progress.ProgressViews.WeekAdherence;
import org.trustwork.session.SessionStatus;
import org.trustwork.session.SessionViews.PrivateNote;
import org.trustwork.session.SessionViews.SessionRecord;

/**
 * A couple's progress report as an A4 PDF: tables rather than pictures, so it prints well, reads aloud in a
 * screen reader and can be searched. Uses the PDF standard fonts, so nothing has to be embedded or installed.
 */
final class ProgressReportPdf {

    static final String WITHOUT_NOTES = "This report does not include private session notes.";
    static final String WITH_NOTES = "This report includes the therapist's private session notes.";
    /** Up to this many check-ins a partner's are listed one by one; beyond it, by month. */
    static final int LIST_EACH_UP_TO = 20;

    /** A number, "2 of 3 (67%)", "nothing due" or a dash: what a right-aligned column holds. */
    private static final String FIGURE = "[0-9.–]+|\\d+ of \\d+ \\(\\d+%\\)|nothing due";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x4b, 0x55, 0x63);
    private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
    private static final Color RULE = new Color(0xd1, 0xd5, 0xdb);
    private static final Color HEAD_FILL = new Color(0xe8, 0xef, 0xf7);
    private static final Color NOTICE_FILL = new Color(0xfd, 0xf6, 0xe3);

    private static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD, ACCENT);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 14, Font.NORMAL, INK);
    private static final Font H1 = new Font(Font.HELVETICA, 14, Font.BOLD, ACCENT);
    private static final Font H2 = new Font(Font.HELVETICA, 11, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 9.5f, Font.NORMAL, INK);
    private static final Font BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);
    private static final Font CELL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, INK);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 8.5f, Font.BOLD, INK);

    private ProgressReportPdf() {
    }

    static byte[] build(ReportData data) {
        Dashboard d = data.dashboard();
        var bytes = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 54, 60);
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        writer.setPageEvent(new Footer(d.coupleName()));
        document.addTitle("Progress report: " + d.coupleName());
        document.addAuthor(d.therapistName());
        document.addCreator("Trustwork");
        document.open();
        var report = new ProgressReportPdf.Writer(document, data);
        report.cover();
        report.summary();
        report.story();
        report.checkIns();
        report.questionnaires();
        report.homework();
        report.coverage();
        report.sessions();
        if (data.includesPrivateNotes()) {
            report.privateNotes();
        }
        report.aboutTheMeasures();
        document.close();
        return bytes.toByteArray();
    }

    /** Couple and page number at the foot of every page, so a loose printed page is never anonymous. */
    private static final class Footer extends PdfPageEventHelper {

        private final String coupleName;

        Footer(String coupleName) {
            this.coupleName = coupleName;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 28;
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 12);
            canvas.lineTo(document.right(), y + 12);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase("Trustwork progress report · " + coupleName + " · Confidential clinical record", SMALL),
                    document.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), SMALL), document.right(), y, 0);
        }
    }

    private static final class Writer {

        private final Document doc;
        private final ReportData data;
        private final Dashboard d;

        Writer(Document doc, ReportData data) {
            this.doc = doc;
            this.data = data;
            this.d = data.dashboard();
        }

        void cover() {
            doc.add(new Paragraph("Progress report", TITLE));
            var couple = new Paragraph(d.coupleName(), SUBTITLE);
            couple.setSpacingAfter(14);
            doc.add(couple);

            PdfPTable facts = new PdfPTable(new float[] {1.2f, 4f});
            facts.setWidthPercentage(100);
            fact(facts, "Couple", d.coupleName() + " (" + partnerList() + ")");
            fact(facts, "Therapist", d.therapistName());
            long weeks = ChronoUnit.WEEKS.between(d.startDate(), d.today());
            fact(facts, "Period", DAY.format(d.startDate()) + " to " + DAY.format(d.today())
                    + " (" + weeks + (weeks == 1 ? " week" : " weeks") + " in therapy)");
            fact(facts, "Generated", STAMP.format(data.generatedAt().atZone(data.zone())) + " ("
                    + data.zone().getId() + ")");
            doc.add(facts);

            var notice = new PdfPTable(1);
            notice.setWidthPercentage(100);
            notice.setSpacingBefore(12);
            var cell = new PdfPCell(new Phrase(data.includesPrivateNotes() ? WITH_NOTES : WITHOUT_NOTES, BOLD));
            cell.setBackgroundColor(NOTICE_FILL);
            cell.setBorderColor(new Color(0xe0, 0xc0, 0x70));
            cell.setPadding(8);
            notice.addCell(cell);
            doc.add(notice);
            doc.add(small("Partners' optional check-in comments are not part of this report. Every check-in and "
                    + "questionnaire value is also available in the CSV download."));
        }

        void summary() {
            heading("At a glance");
            List<String> lines = new ArrayList<>();
            for (Series s : d.checkIns()) {
                if (s.points().isEmpty()) {
                    lines.add(s.partnerName() + " has not checked in yet.");
                } else {
                    Point last = s.points().getLast();
                    lines.add(s.partnerName() + ": " + s.points().size() + " check-ins; latest on "
                            + DAY.format(last.day()) + " (" + describe(last) + ").");
                }
            }
            for (QuestionnaireSeries q : d.questionnaires()) {
                for (Series s : q.partners()) {
                    if (!s.points().isEmpty()) {
                        double total = s.points().getLast().values().get("total");
                        lines.add(s.partnerName() + "'s latest " + q.measure().shortName() + ": " + num(total)
                                + " on " + DAY.format(s.points().getLast().day())
                                + (q.measure().cutoff() == null ? "" : " (" + q.measure().sideOfCutoff(total) + ")") + ".");
                    }
                }
            }
            long ended = data.sessions().stream().filter(s -> s.status() == SessionStatus.ENDED).count();
            lines.add(ended + (ended == 1 ? " session" : " sessions") + " held; "
                    + d.coverage().stream().filter(Coverage::touched).count() + " of " + d.coverage().size()
                    + " practices worked on.");
            bullets(lines);
            var signals = new Paragraph(d.signals().isEmpty() ? "No signals on " + DAY.format(d.today()) + "."
                    : "Signals on " + DAY.format(d.today()) + ":", H2);
            signals.setSpacingBefore(6);
            doc.add(signals);
            // The standard fonts have no arrow.
            bullets(d.signals().stream().map(s -> s.text().replace("→", "to")).toList());
        }

        /** The phases and the marked days: what the dashboard's bands and upright lines show, as a table. */
        void story() {
            heading("Phases and marked days");
            var t = d.timeline();
            if (t == null || t.phases().isEmpty() && t.until(d.today()).isEmpty()) {
                doc.add(body("No phase has been set and no day has been marked yet."));
                return;
            }
            if (!t.phases().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (var p : t.phases()) {
                    rows.add(List.of(p.phase().label(), DAY.format(p.from()),
                            p.until() == null ? "ongoing" : DAY.format(p.until())));
                }
                table(List.of("Phase", "From", "Until"), rows, 0);
            }
            var marked = t.until(d.today());
            if (!marked.isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (var m : marked) {
                    rows.add(List.of(DAY.format(m.day()), m.label() + (m.isPrivate() ? " (private to "
                            + (m.privateToName() == null ? "one partner" : m.privateToName()) + ")" : ""),
                            t.phaseOn(m.day()).map(org.trustwork.practice.Phase::label).orElse("–")));
                }
                table(List.of("Day", "Marked", "Phase then"), rows, 0);
            }
            doc.add(small(data.includesPrivateNotes()
                    ? "Includes days a partner marked as private to themselves and the therapist."
                    : "Days a partner marked as private to themselves and the therapist are not included."));
        }

        void checkIns() {
            heading("Brief check-ins");
            doc.add(body("Trustwork's own brief check-in, not a validated instrument: trust, emotional safety and "
                    + "closeness, each from 0 (not at all) to 10 (completely), answered by each partner on their own. "
                    + "The average is the mean of the three."));
            MeasureDefinition m = d.checkInMeasure();
            for (Series s : d.checkIns()) {
                subheading("Check-ins · " + s.partnerName());
                if (s.points().isEmpty()) {
                    doc.add(body("No check-ins yet."));
                    continue;
                }
                List<String> headers = new ArrayList<>();
                List<List<String>> rows = new ArrayList<>();
                if (s.points().size() <= LIST_EACH_UP_TO) {
                    headers.add("Date");
                    m.items().forEach(i -> headers.add(label(i.key())));
                    headers.add("Average");
                    for (Point p : s.points()) {
                        List<String> row = new ArrayList<>(List.of(DAY.format(p.day())));
                        m.items().forEach(i -> row.add(num(p.values().get(i.key()))));
                        row.add(num(p.values().get("total")));
                        rows.add(row);
                    }
                } else {
                    doc.add(small(s.points().size() + " check-ins, shown as monthly averages."));
                    headers.add("Month");
                    headers.add("Check-ins");
                    m.items().forEach(i -> headers.add(label(i.key())));
                    headers.add("Average");
                    Map<YearMonth, List<Point>> byMonth = s.points().stream().collect(Collectors.groupingBy(
                            p -> YearMonth.from(p.day()), LinkedHashMap::new, Collectors.toList()));
                    byMonth.forEach((month, points) -> {
                        List<String> row = new ArrayList<>(List.of(MONTH.format(month), Integer.toString(points.size())));
                        m.items().forEach(i -> row.add(num(mean(points, i.key()))));
                        row.add(num(mean(points, "total")));
                        rows.add(row);
                    });
                }
                table(headers, rows, 0);
            }
        }

        void questionnaires() {
            heading("Questionnaires");
            if (d.questionnaires().isEmpty()) {
                doc.add(body("No questionnaire has been answered yet."));
                return;
            }
            for (QuestionnaireSeries q : d.questionnaires()) {
                MeasureDefinition m = q.measure();
                subheading(m.name());
                String cut = m.cutoff() == null ? "" : " Cut-off: totals " + m.cutoff().flaggedSide() + " "
                        + num(m.cutoff().line()) + " suggest " + m.cutoff().label().toLowerCase(Locale.ROOT) + ".";
                doc.add(body("Total score from " + num(m.minTotal()) + " to " + num(m.maxTotal())
                        + "; higher means " + (m.higherMeans() == null ? "more satisfied" : m.higherMeans()) + "." + cut));
                List<List<String>> rows = new ArrayList<>();
                for (Series s : q.partners()) {
                    for (Point p : s.points()) {
                        double total = p.values().get("total");
                        rows.add(List.of(DAY.format(p.day()), s.partnerName(), num(total),
                                m.cutoff() == null ? "–" : Character.toUpperCase(m.sideOfCutoff(total).charAt(0))
                                        + m.sideOfCutoff(total).substring(1)));
                    }
                }
                rows.sort((a, b) -> LocalDate.parse(a.get(0), DAY).compareTo(LocalDate.parse(b.get(0), DAY)));
                table(List.of("Date", "Partner", "Total", "Against the cut-off"), rows, 0);
            }
        }

        void homework() {
            heading("Homework done per week");
            doc.add(body("Share of the homework due each week (Monday to Sunday) that the partner marked done; "
                    + "pair homework counts for both partners. Weeks with nothing due for either partner are left out."));
            List<String> headers = new ArrayList<>(List.of("Week of"));
            d.partners().forEach(p -> headers.add(p.name()));
            List<List<String>> rows = new ArrayList<>();
            for (WeekAdherence w : d.adherence()) {
                boolean anyDue = d.partners().stream().anyMatch(p -> w.doneAndDueByPartner().get(p.accountId())[1] > 0);
                if (!anyDue) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(DAY.format(w.weekStart())));
                for (PartnerName p : d.partners()) {
                    int[] c = w.doneAndDueByPartner().get(p.accountId());
                    row.add(c[1] == 0 ? "nothing due" : c[0] + " of " + c[1] + " (" + w.percentByPartner().get(p.accountId()) + "%)");
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                doc.add(body("No homework has been due yet."));
                return;
            }
            table(headers, rows, 0);
        }

        void coverage() {
            heading("Practice coverage");
            doc.add(body("The 25 practices of the recovery programme by phase: how often this couple worked on each "
                    + "in sessions and as homework, and when they last did."));
            List<List<String>> rows = new ArrayList<>();
            for (Coverage c : d.coverage()) {
                LocalDate last = c.lastWorkedOn();
                rows.add(List.of(Integer.toString(c.number()), c.title(), c.phase().label(), Long.toString(c.sessions()),
                        Long.toString(c.homeworkDone()), last == null ? "Not yet" : DAY.format(last)));
            }
            table(List.of("#", "Practice", "Phase", "Sessions", "Homework done", "Last worked on"), rows, 1,
                    0.4f, 3.6f, 1.2f, 0.9f, 1.1f, 1.3f);
        }

        void sessions() {
            heading("Sessions");
            List<SessionRecord> held = data.sessions().stream()
                    .filter(s -> s.status() != SessionStatus.PLANNED || !s.scheduledStart().isBefore(data.generatedAt()))
                    .toList();
            if (held.isEmpty()) {
                doc.add(body("No sessions yet."));
                return;
            }
            doc.add(body("Each session with the summary the therapist shared with the couple. Summaries not yet "
                    + "shared are not included."));
            List<List<String>> rows = new ArrayList<>();
            for (SessionRecord s : held) {
                var when = s.startedAt() != null ? s.startedAt() : s.scheduledStart();
                String summary = s.sharedSummary() != null ? s.sharedSummary()
                        : s.status() == SessionStatus.PLANNED ? "" : "No shared summary.";
                rows.add(List.of(DAY.format(when.atZone(data.zone())), s.status().label(), summary));
            }
            table(List.of("Date", "Status", "Shared summary"), rows, 0, 1.1f, 0.8f, 6f);
        }

        void privateNotes() {
            heading("The therapist's private session notes");
            doc.add(body("Included at " + d.therapistName() + "'s request. These notes were written for the clinical "
                    + "record and have not been shared with the couple."));
            if (data.privateNotes().isEmpty()) {
                doc.add(body("There are no private notes for this couple."));
                return;
            }
            Map<Long, SessionRecord> byId = data.sessions().stream()
                    .collect(Collectors.toMap(SessionRecord::id, s -> s));
            List<List<String>> rows = new ArrayList<>();
            for (PrivateNote n : data.privateNotes()) {
                SessionRecord s = byId.get(n.sessionId());
                String when = s == null ? "" : DAY.format((s.startedAt() != null ? s.startedAt() : s.scheduledStart())
                        .atZone(data.zone()));
                rows.add(List.of(when, n.agendaItemTitle() == null ? "Whole session" : n.agendaItemTitle(), n.text()));
            }
            table(List.of("Session", "About", "Note"), rows, 0, 1.1f, 1.6f, 5.2f);
        }

        void aboutTheMeasures() {
            heading("About the measures");
            List<String> lines = new ArrayList<>();
            lines.add("Brief check-in: " + d.checkInMeasure().citation());
            d.questionnaires().stream().map(q -> q.measure().citation()).distinct().forEach(c -> lines.add(
                    "Couples Satisfaction Index: " + c.replaceAll("\\s+", " ") + " Free for research and clinical use."));
            if (d.questionnaires().isEmpty()) {
                lines.add("Couples Satisfaction Index: Funk, J. L., & Rogge, R. D. (2007). Journal of Family "
                        + "Psychology, 21(4), 572-583.");
            }
            lines.add("Signals: a fall of " + Signals.DROP + " points or more on a check-in question between two "
                    + "check-ins; trust scores " + Signals.DIVERGENCE + " or more apart twice in a row; no homework done "
                    + "or no check-in for " + Signals.QUIET_DAYS + " days.");
            bullets(lines);
        }

        private void fact(PdfPTable table, String name, String value) {
            var label = new PdfPCell(new Phrase(name, BOLD));
            var text = new PdfPCell(new Phrase(value, BODY));
            for (PdfPCell cell : List.of(label, text)) {
                cell.setBorder(Rectangle.BOTTOM);
                cell.setBorderColor(RULE);
                cell.setPaddingTop(4);
                cell.setPaddingBottom(6);
                table.addCell(cell);
            }
        }

        private void heading(String text) {
            var p = new Paragraph(text, H1);
            p.setSpacingBefore(18);
            p.setSpacingAfter(4);
            doc.add(p);
        }

        private void subheading(String text) {
            var p = new Paragraph(text, H2);
            p.setSpacingBefore(10);
            p.setSpacingAfter(3);
            doc.add(p);
        }

        private static Paragraph body(String text) {
            var p = new Paragraph(text, BODY);
            p.setLeading(13);
            p.setSpacingAfter(4);
            return p;
        }

        private static Paragraph small(String text) {
            var p = new Paragraph(text, SMALL);
            p.setSpacingBefore(4);
            return p;
        }

        private void bullets(List<String> lines) {
            for (String line : lines) {
                var p = new Paragraph();
                p.setIndentationLeft(12);
                p.setFirstLineIndent(-10);
                p.setLeading(13);
                p.add(new Chunk("•  ", BODY));
                p.add(new Chunk(line, BODY));
                doc.add(p);
            }
        }

        /** A table whose header repeats on every page; {@code wrapColumn} is the text column, left-aligned. */
        private void table(List<String> headers, List<List<String>> rows, int wrapColumn, float... widths) {
            PdfPTable table = widths.length == headers.size() ? new PdfPTable(widths) : new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            // Columns of figures line up on the right, under a right-aligned heading; text and dates on the left.
            boolean[] figures = new boolean[headers.size()];
            for (int i = 1; i < headers.size(); i++) {
                int column = i;
                figures[i] = i != wrapColumn && !rows.isEmpty()
                        && rows.stream().allMatch(row -> row.get(column).matches(FIGURE));
            }
            for (int i = 0; i < headers.size(); i++) {
                var cell = new PdfPCell(new Phrase(headers.get(i), CELL_HEAD));
                cell.setBackgroundColor(HEAD_FILL);
                style(cell);
                if (figures[i]) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
            for (List<String> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    var cell = new PdfPCell(new Phrase(row.get(i), CELL));
                    style(cell);
                    if (figures[i]) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            doc.add(table);
        }

        private static void style(PdfPCell cell) {
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setPaddingTop(3);
            cell.setPaddingBottom(5);
            cell.setPaddingLeft(5);
            cell.setPaddingRight(5);
        }

        private String partnerList() {
            return String.join(" and ", d.partners().stream().map(PartnerName::name).toList());
        }

        private String describe(Point p) {
            List<String> parts = new ArrayList<>();
            d.checkInMeasure().items().forEach(i -> parts.add(label(i.key()).toLowerCase(Locale.ROOT) + " "
                    + num(p.values().get(i.key()))));
            parts.add("average " + num(p.values().get("total")));
            return String.join(", ", parts);
        }
    }

    static String label(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ');
    }

    private static double mean(List<Point> points, String key) {
        return points.stream().map(p -> p.values().get(key)).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static String num(Double value) {
        if (value == null || value.isNaN()) {
            return "–";
        }
        return ProgressCsv.number(Math.round(value * 10) / 10.0);
    }
}
