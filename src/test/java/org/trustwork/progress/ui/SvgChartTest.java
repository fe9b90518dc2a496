package org.trustwork.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    private static List<String> monthLabels(String svg) {
        return Pattern.compile("text-anchor='middle' font-size='13' fill='#4f5d63'>([^<]+)</text>").matcher(svg)
                .results().map(m -> m.group(1)).toList();
    }

    private static String chart(LocalDate from, LocalDate to) {
        var line = new SvgChart.Line("Maya", List.of(new SvgChart.Value(from.plusDays(3), 12),
                new SvgChart.Value(to.minusDays(3), 16)));
        return SvgChart.lines("c", "Title", "Description", from, to, 0, 24, 6, List.of(line), 13.5, "Cut-off 13.5",
                List.of(), 240);
    }

    @Test
    void month_ticks_read_as_months_with_the_year_where_it_starts_not_as_days() {
        String svg = chart(LocalDate.of(2026, 9, 10), LocalDate.of(2027, 2, 20));

        assertThat(monthLabels(svg)).containsExactly("Oct 2026", "Nov", "Dec", "Jan 2027", "Feb");
    }

    @Test
    void the_cut_off_label_is_drawn_over_the_lines_on_a_halo() {
        String svg = chart(LocalDate.of(2026, 9, 10), LocalDate.of(2027, 2, 20));

        int label = svg.indexOf(">Cut-off 13.5<");
        assertThat(label).isGreaterThan(svg.lastIndexOf("<polyline"));
        assertThat(svg.substring(svg.lastIndexOf("<text", label), label)).contains("paint-order='stroke'");
    }
}
