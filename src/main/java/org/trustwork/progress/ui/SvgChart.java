package org.trustwork.progress.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG text: nothing to load in the browser, works offline, prints, and needs
 * no charting licence. Every chart is an image with a title and a description for screen readers; the
 * dashboard puts the same numbers in a table next to it.
 */
final class SvgChart {

    static final String[] COLOURS = {"#1d6a66", "#8a4f00", "#5b3f8c", "#a33a3a"};
    static final String[] DASHES = {"", "7 4", "2 4", "10 3 2 3"};

    // Drawn in a card about 420-600 px wide: a narrower drawing keeps the labels at a readable size.
    private static final int WIDTH = 540;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 30;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    record Value(LocalDate day, double value) {
    }

    record Line(String name, List<Value> values) {
    }

    record Bar(LocalDate weekStart, List<Double> values) {
    }

    /** A phase drawn as a tinted band behind the data. */
    record Band(LocalDate from, LocalDate to, String label, String fill) {
    }

    /** A marker drawn as a thin upright line; private ones (therapist's charts only) dotted and darker. */
    record Flag(LocalDate day, String label, boolean isPrivate) {
    }

    /** The couple's phases and markers for one chart; {@link #NONE} draws neither. */
    record Story(List<Band> bands, List<Flag> flags) {
        static final Story NONE = new Story(List.of(), List.of());
    }

    private SvgChart() {
    }

    /** Lines over time on a fixed scale, with optional cut-off line and session days marked on the axis. */
    static String lines(String id, String title, String description, LocalDate from, LocalDate to, double min,
                        double max, double step, List<Line> lines, Double cutoff, String cutoffLabel,
                        List<LocalDate> sessions, int height) {
        return lines(id, title, description, from, to, min, max, step, lines, cutoff, cutoffLabel, sessions,
                Story.NONE, height);
    }

    static String lines(String id, String title, String description, LocalDate from, LocalDate to, double min,
                        double max, double step, List<Line> lines, Double cutoff, String cutoffLabel,
                        List<LocalDate> sessions, Story story, int height) {
        var svg = start(id, title, description, height);
        Frame f = new Frame(from, to, min, max, height);
        bands(svg, f, story);
        grid(svg, f, step);
        sessionMarks(svg, f, sessions);
        flags(svg, f, story);
        if (cutoff != null) {
            double y = f.y(cutoff);
            svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - RIGHT).append("' y1='").append(r(y))
                    .append("' y2='").append(r(y)).append("' stroke='#a33a3a' stroke-width='1.5' stroke-dasharray='6 4'/>");
        }
        int i = 0;
        for (Line line : lines) {
            String colour = COLOURS[i % COLOURS.length];
            List<Value> shown = line.values().stream()
                    .filter(v -> !v.day().isBefore(from) && !v.day().isAfter(to)).toList();
            if (shown.size() > 1) {
                svg.append("<polyline fill='none' stroke='").append(colour).append("' stroke-width='2.2'");
                if (!DASHES[i % DASHES.length].isEmpty()) {
                    svg.append(" stroke-dasharray='").append(DASHES[i % DASHES.length]).append("'");
                }
                svg.append(" stroke-linejoin='round' points='");
                for (Value v : shown) {
                    svg.append(r(f.x(v.day()))).append(',').append(r(f.y(v.value()))).append(' ');
                }
                svg.append("'/>");
            }
            if (shown.size() <= 80) {
                for (Value v : shown) {
                    svg.append("<circle cx='").append(r(f.x(v.day()))).append("' cy='").append(r(f.y(v.value())))
                            .append("' r='3' fill='").append(colour).append("'><title>").append(esc(line.name()))
                            .append(", ").append(DAY.format(v.day())).append(": ").append(num(v.value()))
                            .append("</title></circle>");
                }
            }
            i++;
        }
        if (cutoff != null) {
            // Drawn after the lines, on a halo of the card's colour: a line passing the label cannot cross it out.
            svg.append("<text x='").append(WIDTH - RIGHT - 2).append("' y='").append(r(f.y(cutoff) - 5))
                    .append("' text-anchor='end' font-size='13' fill='#8a2c2c' stroke='#ffffff' stroke-width='5'")
                    .append(" stroke-linejoin='round' paint-order='stroke' class='tw-chart-cutoff'>")
                    .append(esc(cutoffLabel)).append("</text>");
        }
        legend(svg, lines.stream().map(Line::name).toList(), sessions != null, false);
        return svg.append("</svg>").toString();
    }

    /** Grouped weekly bars (percentages), one colour per series. */
    static String bars(String id, String title, String description, LocalDate from, LocalDate to,
                       List<String> names, List<Bar> bars, List<LocalDate> sessions, int height) {
        return bars(id, title, description, from, to, names, bars, sessions, Story.NONE, height);
    }

    static String bars(String id, String title, String description, LocalDate from, LocalDate to,
                       List<String> names, List<Bar> bars, List<LocalDate> sessions, Story story, int height) {
        var svg = start(id, title, description, height);
        Frame f = new Frame(from, to.plusDays(7), 0, 100, height);
        bands(svg, f, story);
        grid(svg, f, 25);
        sessionMarks(svg, f, sessions);
        flags(svg, f, story);
        double weekWidth = f.x(from.plusDays(7)) - f.x(from);
        double barWidth = Math.max(1.5, Math.min(14, (weekWidth - 2) / Math.max(1, names.size())));
        for (Bar bar : bars) {
            if (bar.weekStart().isBefore(from) || bar.weekStart().isAfter(to)) {
                continue;
            }
            double x0 = f.x(bar.weekStart()) + 1;
            for (int i = 0; i < bar.values().size(); i++) {
                Double v = bar.values().get(i);
                if (v == null) {
                    continue;
                }
                double y = f.y(v);
                double h = Math.max(1.5, f.y(0) - y);
                svg.append("<rect x='").append(r(x0 + i * barWidth)).append("' y='").append(r(f.y(0) - h))
                        .append("' width='").append(r(barWidth * 0.9)).append("' height='").append(r(h))
                        .append("' fill='").append(COLOURS[i % COLOURS.length]).append("' opacity='0.85'><title>")
                        .append(esc(names.get(i))).append(", week of ").append(DAY.format(bar.weekStart())).append(": ")
                        .append(num(v)).append("%</title></rect>");
            }
        }
        legend(svg, names, sessions != null, true);
        return svg.append("</svg>").toString();
    }

    private static StringBuilder start(String id, String title, String description, int height) {
        var svg = new StringBuilder(4096);
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ").append(WIDTH).append(' ').append(height)
                .append("' role='img' aria-labelledby='").append(id).append("-t ").append(id).append("-d' class='tw-chart'")
                .append(" font-family='Inter, Segoe UI, Arial, sans-serif'>")
                .append("<title id='").append(id).append("-t'>").append(esc(title)).append("</title>")
                .append("<desc id='").append(id).append("-d'>").append(esc(description)).append("</desc>");
        return svg;
    }

    private static void grid(StringBuilder svg, Frame f, double step) {
        for (double v = f.min; v <= f.max + 1e-9; v += step) {
            double y = f.y(v);
            svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - RIGHT).append("' y1='").append(r(y))
                    .append("' y2='").append(r(y)).append("' stroke='#e3e1da' stroke-width='1'/>")
                    .append("<text x='").append(LEFT - 6).append("' y='").append(r(y + 4))
                    .append("' text-anchor='end' font-size='13' fill='#4f5d63'>").append(num(v)).append("</text>");
        }
        long days = ChronoUnit.DAYS.between(f.from, f.to);
        // At most about eight month labels, so they never run into each other.
        int everyMonths = days > 1100 ? 6 : days > 550 ? 3 : days > 270 ? 2 : 1;
        LocalDate tick = f.from.withDayOfMonth(1).plusMonths(1);
        boolean first = true;
        while (!tick.isAfter(f.to)) {
            if ((tick.getMonthValue() - 1) % everyMonths == 0) {
                String label = monthTick(tick, first);
                first = false;
                double x = f.x(tick);
                svg.append("<line x1='").append(r(x)).append("' x2='").append(r(x)).append("' y1='").append(f.bottom())
                        .append("' y2='").append(f.bottom() + 4).append("' stroke='#4f5d63'/>")
                        .append("<text x='").append(r(x)).append("' y='").append(f.bottom() + 17)
                        .append("' text-anchor='middle' font-size='13' fill='#4f5d63'>").append(label)
                        .append("</text>");
            }
            tick = tick.plusMonths(1);
        }
        svg.append("<line x1='").append(LEFT).append("' x2='").append(WIDTH - RIGHT).append("' y1='").append(f.bottom())
                .append("' y2='").append(f.bottom()).append("' stroke='#4f5d63'/>");
    }

    /**
     * "Oct", with the year only where it starts (January) and on the first label: "Oct 26" read as the 26th of
     * October.
     */
    static String monthTick(LocalDate month, boolean first) {
        return (first || month.getMonthValue() == 1 ? MONTH_YEAR : MONTH).format(month);
    }

    /** Phase bands behind everything, each named at its top left where it is wide enough for the name. */
    private static void bands(StringBuilder svg, Frame f, Story story) {
        for (Band band : story.bands()) {
            LocalDate start = band.from().isBefore(f.from) ? f.from : band.from();
            LocalDate end = band.to() == null || band.to().isAfter(f.to) ? f.to : band.to();
            if (end.isBefore(start)) {
                continue;
            }
            double x0 = f.x(start);
            double x1 = f.x(end.equals(f.to) ? end : end.plusDays(1));
            svg.append("<rect class='tw-chart-band' x='").append(r(x0)).append("' y='").append(TOP)
                    .append("' width='").append(r(Math.max(1, x1 - x0))).append("' height='").append(f.bottom() - TOP)
                    .append("' fill='").append(band.fill()).append("'><title>").append(esc(band.label())).append(", ")
                    .append(DAY.format(band.from())).append(band.to() == null ? " on" : " to " + DAY.format(band.to()))
                    .append("</title></rect>");
            if (x1 - x0 > band.label().length() * 6.5 + 8) {
                svg.append("<text x='").append(r(x0 + 4)).append("' y='").append(TOP + 12)
                        .append("' font-size='11' fill='#3d4a4f'>").append(esc(band.label())).append("</text>");
            }
        }
    }

    /** Markers as upright lines with a small diamond on top; the title says which and when. */
    private static void flags(StringBuilder svg, Frame f, Story story) {
        for (Flag flag : story.flags()) {
            if (flag.day().isBefore(f.from) || flag.day().isAfter(f.to)) {
                continue;
            }
            double x = f.x(flag.day());
            String colour = flag.isPrivate() ? "#7a2d2d" : "#7a4b00";
            svg.append("<g class='tw-chart-marker").append(flag.isPrivate() ? " tw-chart-marker-private" : "")
                    .append("'><title>").append(esc(flag.label())).append(", ").append(DAY.format(flag.day()))
                    .append(flag.isPrivate() ? " (private)" : "").append("</title>")
                    .append("<line x1='").append(r(x)).append("' x2='").append(r(x)).append("' y1='").append(TOP + 4)
                    .append("' y2='").append(f.bottom()).append("' stroke='").append(colour)
                    .append("' stroke-width='1.4' stroke-dasharray='").append(flag.isPrivate() ? "2 3" : "5 3").append("'/>")
                    .append("<path d='M").append(r(x)).append(' ').append(TOP - 2).append(" l5 6 l-5 6 l-5 -6 z' fill='")
                    .append(colour).append("'/></g>");
        }
    }

    private static void sessionMarks(StringBuilder svg, Frame f, List<LocalDate> sessions) {
        if (sessions == null) {
            return;
        }
        for (LocalDate day : sessions) {
            if (day.isBefore(f.from) || day.isAfter(f.to)) {
                continue;
            }
            double x = f.x(day);
            svg.append("<path d='M").append(r(x - 4)).append(' ').append(f.bottom() + 1).append(" l4 -7 l4 7 z' fill='#4f5d63'>")
                    .append("<title>Session ").append(DAY.format(day)).append("</title></path>");
        }
    }

    private static void legend(StringBuilder svg, List<String> names, boolean sessions, boolean blocks) {
        double x = LEFT;
        for (int i = 0; i < names.size(); i++) {
            String colour = COLOURS[i % COLOURS.length];
            if (blocks) {
                svg.append("<rect x='").append(r(x)).append("' y='9' width='14' height='12' fill='").append(colour).append("'/>");
            } else {
                svg.append("<line x1='").append(r(x)).append("' x2='").append(r(x + 22)).append("' y1='15' y2='15' stroke='")
                        .append(colour).append("' stroke-width='2.5'");
                if (!DASHES[i % DASHES.length].isEmpty()) {
                    svg.append(" stroke-dasharray='").append(DASHES[i % DASHES.length]).append("'");
                }
                svg.append("/>");
            }
            svg.append("<text x='").append(r(x + 27)).append("' y='19' font-size='14' fill='#1f2a2e'>")
                    .append(esc(names.get(i))).append("</text>");
            x += 38 + names.get(i).length() * 8.2;
        }
        if (sessions) {
            svg.append("<path d='M").append(r(x + 2)).append(" 20 l5 -9 l5 9 z' fill='#4f5d63'/>")
                    .append("<text x='").append(r(x + 16)).append("' y='19' font-size='14' fill='#1f2a2e'>Session</text>");
        }
    }

    private record Frame(LocalDate from, LocalDate to, double min, double max, int height) {

        double x(LocalDate day) {
            double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(from, day) / span;
        }

        double y(double value) {
            return TOP + (height - TOP - BOTTOM) * (1 - (value - min) / (max - min));
        }

        int bottom() {
            return height - BOTTOM;
        }
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String r(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    static List<LocalDate> weeks(LocalDate from, LocalDate to) {
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusWeeks(1)) {
            weeks.add(d);
        }
        return weeks;
    }
}
