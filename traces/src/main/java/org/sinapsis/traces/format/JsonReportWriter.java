// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.sinapsis.traces.report.ReportField;
import org.sinapsis.traces.report.ReportRow;

/**
 * Writes report rows as JSON: one object per row with every field in order, null included, two
 * spaces of indentation and a final newline. Integers are written as integers; doubles with
 * {@link Double#toString(double)} (shortest exact form, locale-independent, exponent as
 * {@code E}); breakdown maps as nested objects.
 */
public final class JsonReportWriter {
    private JsonReportWriter() {
    }

    /** Writes one row as a JSON object. */
    public static void writeObject(ReportRow row, Writer out) throws IOException {
        object(row, out, "");
        out.write('\n');
    }

    /** Writes rows as a JSON array of objects. */
    public static void writeArray(List<ReportRow> rows, Writer out) throws IOException {
        if (rows.isEmpty()) {
            out.write("[]\n");
            return;
        }
        out.write("[\n");
        for (int i = 0; i < rows.size(); i++) {
            out.write("  ");
            object(rows.get(i), out, "  ");
            out.write(i + 1 < rows.size() ? ",\n" : "\n");
        }
        out.write("]\n");
    }

    private static void object(ReportRow row, Writer out, String indent) throws IOException {
        out.write("{\n");
        List<ReportField> fields = row.fields();
        for (int i = 0; i < fields.size(); i++) {
            ReportField f = fields.get(i);
            out.write(indent);
            out.write("  ");
            string(f.name(), out);
            out.write(": ");
            value(f.value(), out, indent + "  ");
            out.write(i + 1 < fields.size() ? ",\n" : "\n");
        }
        out.write(indent);
        out.write('}');
    }

    private static void value(Object v, Writer out, String indent) throws IOException {
        if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.write("{}");
                return;
            }
            out.write("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.write(indent);
                out.write("  ");
                string((String) e.getKey(), out);
                out.write(": ");
                out.write(String.valueOf(e.getValue()));
                out.write(++i < map.size() ? ",\n" : "\n");
            }
            out.write(indent);
            out.write('}');
        } else if (v instanceof String s) {
            string(s, out);
        } else {
            out.write(String.valueOf(v));
        }
    }

    private static void string(String s, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        JsonText.appendString(sb, s);
        out.append(sb);
    }
}
