// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for tests, with LF line ends: quotes only around a whole field, inner
 * quotes doubled, every record ends with LF, no bare CR.
 */
final class StrictCsv {
    private StrictCsv() {
    }

    /** The records of {@code text}, each a list of unquoted fields. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int pos = 0;
        while (pos < text.length()) {
            if (text.charAt(pos) == '"') {
                pos++;
                while (true) {
                    if (pos >= text.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = text.charAt(pos++);
                    if (c != '"') {
                        field.append(c);
                    } else if (pos < text.length() && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        break;
                    }
                }
            } else {
                while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n') {
                    char c = text.charAt(pos++);
                    if (c == '"' || c == '\r') {
                        throw new IllegalArgumentException("unquoted field contains " + (int) c + " at " + pos);
                    }
                    field.append(c);
                }
            }
            if (pos >= text.length()) {
                throw new IllegalArgumentException("last record does not end with LF");
            }
            char separator = text.charAt(pos++);
            record.add(field.toString());
            field.setLength(0);
            if (separator == '\n') {
                records.add(record);
                record = new ArrayList<>();
            } else if (separator != ',') {
                throw new IllegalArgumentException("expected ',' or LF after field at " + pos);
            }
        }
        return records;
    }
}
