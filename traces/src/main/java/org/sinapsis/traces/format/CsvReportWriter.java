// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.sinapsis.traces.report.ReportField;
import org.sinapsis.traces.report.ReportRow;

/**
 * Writes report rows as RFC 4180 CSV: a header row of field names, then one line per row, every
 * field a column in the same order. Null is an empty cell; a breakdown map is its compact JSON
 * object (quoted), so it survives any CSV reader. Lines end with {@code \n}.
 */
public final class CsvReportWriter {
    private CsvReportWriter() {
    }

    /** Writes the header and the rows; every row must have the same field names. */
    public static void write(List<ReportRow> rows, Writer out) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        List<String> names = rows.get(0).names();
        line(names.stream().map(n -> (Object) n).toList(), out);
        for (ReportRow row : rows) {
            if (!row.names().equals(names)) {
                throw new IllegalArgumentException("CSV rows must share one header; got " + row.names());
            }
            line(row.fields().stream().map(ReportField::value).toList(), out);
        }
    }

    private static void line(List<Object> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write('\n');
    }

    private static String cell(Object v) {
        StringBuilder sb = new StringBuilder();
        if (v instanceof Map<?, ?> map) {
            StringBuilder json = new StringBuilder("{");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (i++ > 0) {
                    json.append(',');
                }
                JsonText.appendString(json, (String) e.getKey());
                json.append(':').append(e.getValue());
            }
            CsvText.appendField(sb, json.append('}'));
        } else if (v != null) {
            CsvText.appendField(sb, String.valueOf(v));
        }
        return sb.toString();
    }
}
