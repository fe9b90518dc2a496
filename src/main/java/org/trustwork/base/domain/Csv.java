package org.trustwork.base.domain;

/** CSV (RFC 4180, CRLF line ends) that spreadsheets open as data and never run as formulas. */
public final class Csv {

    private Csv() {
    }

    /** Appends one row of cells. */
    public static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /**
     * A cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return, which some
     * spreadsheets skip before a formula) gets a leading apostrophe; then RFC 4180 quoting where needed.
     */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
