// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

/**
 * RFC 4180 fields for the CSV writers (trace sinks and reports): a field containing a comma, a
 * double quote, CR or LF is enclosed in double quotes with inner quotes doubled; any other field
 * is written as it is.
 */
public final class CsvText {
    private CsvText() {
    }

    /** Appends {@code text} as one CSV field. */
    public static void appendField(StringBuilder out, CharSequence text) {
        int length = text.length();
        boolean quote = false;
        for (int i = 0; i < length && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
