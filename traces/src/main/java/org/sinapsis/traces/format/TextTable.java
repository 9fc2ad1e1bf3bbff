// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of already formatted cells, written as aligned plain text or as a markdown table.
 * Columns marked numeric are right-aligned. Collect rows with {@link #add}, then write.
 */
public final class TextTable {
    private final List<String> headers;
    private final List<Boolean> numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers column headers, units included ({@code latency [ms]})
     * @param numeric per column, whether it is right-aligned
     */
    public TextTable(List<String> headers, List<Boolean> numeric) {
        if (headers.size() != numeric.size()) {
            throw new IllegalArgumentException("one alignment per header");
        }
        this.headers = List.copyOf(headers);
        this.numeric = List.copyOf(numeric);
    }

    /** Adds a row; it must have one cell per header. */
    public TextTable add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Writes the table as markdown for {@link ReportFormatType#MD}, else as plain text. */
    public void write(ReportFormatType format, Writer out) throws IOException {
        if (format == ReportFormatType.MD) {
            writeMarkdown(out);
        } else {
            writeText(out);
        }
    }

    /** Writes the table as plain text: columns separated by two spaces, a dashed rule under the header. */
    public void writeText(Writer out) throws IOException {
        int[] widths = widths();
        writeLine(headers, widths, out);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        writeLine(rule, widths, out);
        for (List<String> row : rows) {
            writeLine(row, widths, out);
        }
    }

    /** Writes the table as GitHub-flavoured markdown, with {@code |} in cells escaped. */
    public void writeMarkdown(Writer out) throws IOException {
        out.write(mdLine(headers));
        StringBuilder sep = new StringBuilder("|");
        for (boolean n : numeric) {
            sep.append(n ? " ---: |" : " --- |");
        }
        out.write(sep.append('\n').toString());
        for (List<String> row : rows) {
            out.write(mdLine(row));
        }
    }

    private int[] widths() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private void writeLine(List<String> cells, int[] widths, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append("  ");
            }
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            if (numeric.get(i)) {
                sb.append(pad).append(c);
            } else {
                sb.append(c).append(i + 1 < cells.size() ? pad : "");
            }
        }
        out.write(sb.toString().stripTrailing());
        out.write('\n');
    }

    private static String mdLine(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        return sb.append('\n').toString();
    }
}
