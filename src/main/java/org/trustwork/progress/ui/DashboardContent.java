package org.trustwork.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.trustwork.base.ui.ViewerDates;
import org.trustwork.practice.Phase;
import org.trustwork.progress.MeasureDefinition;
import org.trustwork.progress.ProgressViews.Coverage;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.Point;
import org.trustwork.progress.ProgressViews.QuestionnaireSeries;
import org.trustwork.progress.ProgressViews.Series;
import org.trustwork.progress.ProgressViews.SessionMark;
import org.trustwork.progress.ProgressViews.Signal;
import org.trustwork.progress.ProgressViews.WeekAdherence;
import org.trustwork.recovery.Timeline;

/**
 * The body of a couple's dashboard for one time range: signals, charts with their data tables, and the
 * practice coverage grid. Built from loaded data only, so it can be timed on its own.
 */
public class DashboardContent extends Div {

    /** How far back the charts look. */
    public enum Range {
        THREE_MONTHS("Last 3 months", 13),
        SIX_MONTHS("Last 6 months", 26),
        YEAR("Last 12 months", 52),
        ALL("Everything", 0);

        private final String label;
        private final int weeks;

        Range(String label, int weeks) {
            this.label = label;
            this.weeks = weeks;
        }

        public String label() {
            return label;
        }

        LocalDate from(Dashboard d) {
            LocalDate start = d.startDate().isAfter(d.today()) ? d.today().minusWeeks(4) : d.startDate();
            LocalDate earliest = weeks == 0 ? start : d.today().minusWeeks(weeks);
            return earliest.isBefore(start) ? start.minusDays(3) : earliest;
        }
    }

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final Dashboard d;
    private final LocalDate from;
    private final LocalDate to;
    private final List<LocalDate> sessionDays;
    private final SvgChart.Story story;

    public DashboardContent(Dashboard dashboard, Range range) {
        this.d = dashboard;
        this.from = range.from(dashboard);
        this.to = dashboard.today().plusDays(3);
        this.sessionDays = dashboard.sessions().stream().map(SessionMark::day)
                .filter(day -> !day.isBefore(from) && !day.isAfter(to)).toList();
        this.story = story(dashboard.timeline(), dashboard.today());
        addClassName("tw-dashboard");
        add(signals(), timeline());
        var charts = new Div();
        charts.addClassName("tw-chart-grid");
        for (Series series : d.checkIns()) {
            charts.add(checkInChart(series));
        }
        for (QuestionnaireSeries q : d.questionnaires()) {
            charts.add(questionnaireChart(q));
        }
        charts.add(adherenceChart());
        add(charts, coverage());
    }

    private Component signals() {
        var box = new Section();
        box.addClassNames("tw-card", "tw-signals");
        box.getElement().setAttribute("aria-label", "Signals");
        var title = new H2(d.signals().isEmpty() ? "No signals" : "Signals (" + d.signals().size() + ")");
        box.add(title);
        if (d.signals().isEmpty()) {
            box.add(new Paragraph("Scores are steady, and both partners have checked in and done homework in the "
                    + "last two weeks."));
            return box;
        }
        var list = new Div();
        list.addClassName("tw-signal-list");
        for (Signal s : d.signals()) {
            var badge = new Span(s.kind().label());
            badge.addClassNames("tw-badge", "tw-badge-warning");
            var row = new Div(badge, new Span(s.text(ViewerDates::day)));
            row.addClassName("tw-signal");
            list.add(row);
        }
        box.add(list);
        return box;
    }

    /** Phase tints, the same on every chart and in the legend. */
    static String fill(Phase phase) {
        return switch (phase) {
            // The palette's soft phase colours, as on the practice chips (frontend/styles/palette.css).
            case ATONEMENT -> "#f8e4e4";
            case ATTUNEMENT -> "#fbefd9";
            case ATTACHMENT -> "#ece6f5";
        };
    }

    static SvgChart.Story story(Timeline timeline, LocalDate today) {
        if (timeline == null) {
            return SvgChart.Story.NONE;
        }
        return new SvgChart.Story(
                timeline.phases().stream().map(p -> new SvgChart.Band(p.from(), p.until(), p.phase().label(),
                        fill(p.phase()))).toList(),
                timeline.until(today).stream().map(m -> new SvgChart.Flag(m.day(), m.label(), m.isPrivate())).toList());
    }

    /** The phases and markers within the charts' period, in words, for the charts' descriptions. */
    private String storyWords() {
        var words = new ArrayList<String>();
        for (var p : d.timeline().phases()) {
            if ((p.until() == null || !p.until().isBefore(from)) && !p.from().isAfter(to)) {
                words.add(p.phase().label() + " from " + ViewerDates.day(p.from()));
            }
        }
        for (var m : markersInRange()) {
            words.add(m.label() + " on " + ViewerDates.day(m.day()) + (m.isPrivate() ? " (private)" : ""));
        }
        return words.isEmpty() ? "" : " Phases and markers: " + String.join("; ", words) + ".";
    }

    private List<Timeline.Marker> markersInRange() {
        return d.timeline().until(d.today()).stream().filter(m -> !m.day().isBefore(from)).toList();
    }

    /** The couple's phase now and the markers in this period: what the bands and upright lines on the charts mean. */
    private Component timeline() {
        var box = new Section();
        box.addClassNames("tw-card", "tw-story-legend");
        box.getElement().setAttribute("aria-label", "Phases and markers");
        box.setId("story-legend");
        var phaseNow = d.timeline().phaseOn(d.today());
        var since = d.timeline().phases().stream().filter(p -> p.until() == null).findFirst();
        box.add(new H2(phaseNow.map(p -> "Phase: " + p.label()
                + since.filter(s -> s.phase() == p).map(s -> " since " + ViewerDates.day(s.from())).orElse(""))
                .orElse("No phase set yet")));
        var chips = new Div();
        chips.addClassName("tw-story-chips");
        for (Phase phase : Phase.values()) {
            var chip = new Span(phase.label());
            chip.addClassNames("tw-chip", "tw-story-chip", "tw-phase-" + phase.name().toLowerCase(Locale.ROOT));
            chips.add(chip);
        }
        var shared = new Span("Marker");
        shared.addClassNames("tw-chip", "tw-story-chip", "tw-story-chip-marker");
        chips.add(shared);
        if (d.timeline().markers().stream().anyMatch(Timeline.Marker::isPrivate)) {
            var priv = new Span("Private marker (you and one partner)");
            priv.addClassNames("tw-chip", "tw-story-chip", "tw-story-chip-private");
            chips.add(priv);
        }
        box.add(chips);
        List<Timeline.Marker> shown = markersInRange();
        if (shown.isEmpty()) {
            var none = new Paragraph("No markers in this period.");
            none.addClassName("tw-meta");
            box.add(none);
        } else {
            var list = new com.vaadin.flow.component.html.UnorderedList();
            list.addClassName("tw-story-markers");
            for (Timeline.Marker m : shown.reversed()) {
                var item = new com.vaadin.flow.component.html.ListItem(ViewerDates.day(m.day()) + " · " + m.label()
                        + (m.isPrivate() ? " · private to " + (m.privateToName() == null ? "one partner" : m.privateToName()) : ""));
                if (m.isPrivate()) {
                    item.addClassName("tw-story-private");
                }
                list.add(item);
            }
            box.add(list);
        }
        return box;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Component checkInChart(Series series) {
        MeasureDefinition m = d.checkInMeasure();
        List<SvgChart.Line> lines = new ArrayList<>();
        for (MeasureDefinition.Item item : m.items()) {
            lines.add(new SvgChart.Line(label(item.key()), values(series.points(), item.key())));
        }
        List<Point> shown = inRange(series.points());
        String latest = shown.isEmpty() ? "No check-ins in this period."
                : "Latest on " + ViewerDates.day(shown.getLast().day()) + ": " + describe(shown.getLast(), m) + ". "
                + shown.size() + " check-ins in this period.";
        String id = "checkin-" + series.partnerAccountId();
        String svg = SvgChart.lines(id, "Brief check-in: " + series.partnerName(),
                "Trust, emotional safety and closeness from 0 to 10, " + ViewerDates.day(from) + " to "
                        + ViewerDates.day(d.today()) + ". " + latest + storyWords(), from, to, 0, 10, 2, lines, null, null,
                sessionDays, story, 250);
        return chartCard("Check-ins · " + series.partnerName(), "0–10, the brief check-in (not a validated instrument). "
                + latest, svg, () -> checkInTable(series, m));
    }

    private Component questionnaireChart(QuestionnaireSeries q) {
        MeasureDefinition m = q.measure();
        List<SvgChart.Line> lines = q.partners().stream()
                .map(s -> new SvgChart.Line(s.partnerName(), values(s.points(), "total"))).toList();
        var latest = new ArrayList<String>();
        for (Series s : q.partners()) {
            if (!s.points().isEmpty()) {
                Point p = s.points().getLast();
                latest.add(s.partnerName() + " " + SvgChart.num(p.values().get("total")) + " on " + SHORT.format(p.day())
                        + (m.beyondCutoff(p.values().get("total")) ? " (" + m.cutoff().flaggedSide() + " cut-off)" : ""));
            }
        }
        String cut = m.cutoff() == null ? "" : " Cut-off " + SvgChart.num(m.cutoff().line()) + ": "
                + m.cutoff().label().toLowerCase(Locale.ROOT) + " " + m.cutoff().flaggedSide() + " it.";
        String summary = m.shortName() + " total, " + SvgChart.num(m.minTotal()) + "–" + SvgChart.num(m.maxTotal())
                + "." + cut + " Latest: " + String.join("; ", latest) + ".";
        double step = m.maxTotal() > 40 ? 10 : m.maxTotal() > 15 ? 5 : 2;
        String svg = SvgChart.lines("q-" + m.code(), m.name(), summary, from, to, m.minTotal(), m.maxTotal(), step,
                lines, m.cutoff() == null ? null : m.cutoff().line(),
                m.cutoff() == null ? null : "Cut-off " + SvgChart.num(m.cutoff().line()), sessionDays, story, 250);
        return chartCard(m.name(), summary, svg, () -> questionnaireTable(q));
    }

    private Component adherenceChart() {
        List<PartnerName> partners = d.partners();
        LocalDate firstWeek = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<SvgChart.Bar> bars = d.adherence().stream().filter(w -> !w.weekStart().isBefore(firstWeek))
                .map(w -> new SvgChart.Bar(w.weekStart(), partners.stream()
                        .map(p -> w.percentByPartner().get(p.accountId()) == null ? null
                                : w.percentByPartner().get(p.accountId()).doubleValue()).toList()))
                .toList();
        var recent = d.adherence().stream().filter(w -> !w.weekStart().isBefore(d.today().minusWeeks(4))).toList();
        var parts = new ArrayList<String>();
        for (PartnerName p : partners) {
            int done = 0;
            int due = 0;
            for (WeekAdherence w : recent) {
                int[] c = w.doneAndDueByPartner().get(p.accountId());
                done += c[0];
                due += c[1];
            }
            parts.add(p.name() + (due == 0 ? " had nothing due" : " did " + done + " of " + due));
        }
        String summary = "Share of due homework done each week. Last four weeks: " + String.join("; ", parts) + ".";
        String svg = SvgChart.bars("adherence", "Homework done per week", summary, firstWeek, to,
                partners.stream().map(PartnerName::name).toList(), bars, sessionDays, story, 230);
        return chartCard("Homework done per week", summary, svg, this::adherenceTable);
    }

    private Component chartCard(String title, String summary, String svg, Supplier<Component> table) {
        var card = new Section();
        card.addClassNames("tw-card", "tw-chart-card");
        var heading = new H3(title);
        var chart = new Svg(svg);
        chart.addClassName("tw-chart-box");
        // The table is built when first opened: long histories would otherwise slow every dashboard.
        var details = new Details("Show the numbers as a table");
        details.addOpenedChangeListener(open -> {
            if (open.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(table.get());
            }
        });
        card.add(heading, chart, details);
        card.getElement().setAttribute("aria-label", title);
        return card;
    }

    private Component checkInTable(Series series, MeasureDefinition m) {
        List<String> headers = new ArrayList<>(List.of("Date"));
        m.items().forEach(i -> headers.add(label(i.key())));
        headers.add("Average");
        List<List<String>> rows = new ArrayList<>();
        for (Point p : inRange(series.points()).reversed()) {
            List<String> row = new ArrayList<>(List.of(ViewerDates.day(p.day())));
            m.items().forEach(i -> row.add(SvgChart.num(p.values().getOrDefault(i.key(), Double.NaN))));
            row.add(SvgChart.num(p.values().get("total")));
            rows.add(row);
        }
        return table("Check-ins of " + series.partnerName() + ", newest first", headers, rows);
    }

    private Component questionnaireTable(QuestionnaireSeries q) {
        record Row(LocalDate day, List<String> cells) {
        }
        List<Row> dated = new ArrayList<>();
        for (Series s : q.partners()) {
            for (Point p : inRange(s.points())) {
                double total = p.values().get("total");
                dated.add(new Row(p.day(), List.of(ViewerDates.day(p.day()), s.partnerName(), SvgChart.num(total),
                        q.measure().cutoff() == null ? "–" : capitalised(q.measure().sideOfCutoff(total)))));
            }
        }
        // newest first, by the day itself (the text is in the viewer's own date format)
        dated.sort(java.util.Comparator.comparing(Row::day).reversed());
        List<List<String>> rows = dated.stream().map(Row::cells).toList();
        return table(q.measure().shortName() + " totals, newest first", List.of("Date", "Partner", "Total", "Cut-off"), rows);
    }

    private Component adherenceTable() {
        List<String> headers = new ArrayList<>(List.of("Week of"));
        d.partners().forEach(p -> headers.add(p.name()));
        List<List<String>> rows = new ArrayList<>();
        for (WeekAdherence w : d.adherence().reversed()) {
            if (w.weekStart().isBefore(from.minusDays(6))) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(ViewerDates.day(w.weekStart())));
            for (PartnerName p : d.partners()) {
                int[] c = w.doneAndDueByPartner().get(p.accountId());
                row.add(c[1] == 0 ? "nothing due" : c[0] + " of " + c[1] + " (" + w.percentByPartner().get(p.accountId()) + "%)");
            }
            rows.add(row);
        }
        return table("Homework done per week, newest first", headers, rows);
    }

    private static Component table(String caption, List<String> headers, List<List<String>> rows) {
        var table = new NativeTable();
        table.addClassName("tw-data-table");
        var tableCaption = new NativeTableCaption();
        tableCaption.setText(caption);
        table.add(tableCaption);
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        headers.forEach(h -> {
            var cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        });
        head.add(headRow);
        var body = new NativeTableBody();
        for (List<String> row : rows) {
            var tr = new NativeTableRow();
            row.forEach(v -> tr.add(new NativeTableCell(v)));
            body.add(tr);
        }
        table.add(head, body);
        var scroll = new Div(table);
        scroll.addClassName("tw-table-scroll");
        return scroll;
    }

    private Component coverage() {
        var box = new Section();
        box.addClassNames("tw-card", "tw-coverage");
        box.add(new H2("Practice coverage"));
        var legend = new Paragraph("The 25 practices by recovery phase: how often this couple has worked on each in "
                + "sessions and homework, and when they last did. Brighter means more recent.");
        legend.addClassName("tw-meta");
        var phases = new Div();
        phases.addClassName("tw-chips");
        for (Phase phase : Phase.values()) {
            var chip = new Span(phase.label() + ": " + phase.description());
            chip.addClassNames("tw-chip", "tw-phase-" + phase.name().toLowerCase(Locale.ROOT));
            phases.add(chip);
        }
        // One element with the 25 cells as markup, not about two hundred components: the dashboard is opened often
        // and the cells never change on screen. Every text is escaped.
        var grid = new StringBuilder("<div class='tw-coverage-grid' role='list'>");
        for (Coverage c : d.coverage()) {
            cell(c, grid);
        }
        box.add(legend, phases, new Html(grid.append("</div>").toString()));
        return box;
    }

    private void cell(Coverage c, StringBuilder out) {
        LocalDate last = c.lastWorkedOn();
        long daysAgo = last == null ? -1 : ChronoUnit.DAYS.between(last, d.today());
        String recency = last == null ? "tw-cov-never" : daysAgo <= 28 ? "tw-cov-recent"
                : daysAgo <= 90 ? "tw-cov-earlier" : "tw-cov-old";
        out.append("<div role='listitem' class='tw-coverage-cell tw-phase-")
                .append(c.phase().name().toLowerCase(Locale.ROOT)).append(' ').append(recency).append("'>")
                .append(span("tw-coverage-title", c.number() + ". " + c.title(), c.title()))
                .append(span("tw-coverage-phase", c.phase().label()))
                .append(span("tw-coverage-counts", c.touched()
                        ? c.sessions() + " in session · " + c.homeworkDone() + " homework" : "Not yet"));
        if (last != null) {
            out.append(span("tw-coverage-when", "Last " + SHORT.format(last) + (daysAgo <= 28 ? " · recent" : "")));
        }
        out.append("</div>");
    }

    private static String span(String className, String text) {
        return span(className, text, null);
    }

    /** A span of escaped text; {@code tooltip}, when given, shows the full text where the cell cuts it short. */
    private static String span(String className, String text, String tooltip) {
        return "<span class='" + className + "'" + (tooltip == null ? "" : " title='" + SvgChart.esc(tooltip) + "'")
                + ">" + SvgChart.esc(text) + "</span>";
    }

    private List<Point> inRange(List<Point> points) {
        return points.stream().filter(p -> !p.day().isBefore(from) && !p.day().isAfter(to)).toList();
    }

    private static List<SvgChart.Value> values(List<Point> points, String key) {
        return points.stream().filter(p -> p.values().get(key) != null)
                .map(p -> new SvgChart.Value(p.day(), p.values().get(key))).toList();
    }

    private static String describe(Point p, MeasureDefinition m) {
        List<String> parts = new ArrayList<>();
        m.items().forEach(i -> parts.add(label(i.key()).toLowerCase(Locale.ROOT) + " "
                + SvgChart.num(p.values().getOrDefault(i.key(), Double.NaN))));
        return String.join(", ", parts);
    }

    static String label(String key) {
        return switch (key) {
            case "safety" -> "Safety";
            case "trust" -> "Trust";
            case "closeness" -> "Closeness";
            default -> Character.toUpperCase(key.charAt(0)) + key.substring(1).replace('_', ' ');
        };
    }
}
