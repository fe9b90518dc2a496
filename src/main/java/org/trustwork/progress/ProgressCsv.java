package org.trustwork.progress;

import org.trustwork.base.domain.Csv;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trustwork.progress.ProgressViews.Answered;
import org.trustwork.progress.ProgressViews.Dashboard;
import org.trustwork.progress.ProgressViews.PartnerName;
import org.trustwork.progress.ProgressViews.WeekAdherence;

/**
 * A couple's progress figures as CSV (RFC 4180, UTF-8 without byte-order mark): one row per value, with the
 * columns date, partner, measure, item, value. Partners' optional sentences are not included.
 */
final class ProgressCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final String HEADER = "date,partner,measure,item,value";
    static final String HOMEWORK = "Homework done per week";

    private ProgressCsv() {
    }

    static byte[] build(Dashboard d) {
        var out = new StringBuilder(HEADER).append("\r\n");
        List<Answered> answers = d.answers().stream()
                .sorted(Comparator.comparing(Answered::answeredAt).thenComparing(Answered::partnerName)).toList();
        for (Answered a : answers) {
            for (Map.Entry<String, Integer> score : a.scores().entrySet()) {
                row(out, a.day().toString(), a.partnerName(), a.measureName(), score.getKey(), number(score.getValue()));
            }
            row(out, a.day().toString(), a.partnerName(), a.measureName(), "total", number(a.total()));
        }
        for (WeekAdherence week : d.adherence()) {
            for (PartnerName p : d.partners()) {
                Integer percent = week.percentByPartner().get(p.accountId());
                if (percent != null) {
                    row(out, week.weekStart().toString(), p.name(), HOMEWORK, "percent done", percent.toString());
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, String... cells) {
        Csv.row(out, cells);
    }

    static String cell(String value) {
        return Csv.cell(value);
    }

    static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
