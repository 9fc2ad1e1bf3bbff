// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import org.sinapsis.traces.event.TraceArgs;

/**
 * Appends JSON text to a {@link StringBuilder}: strings with escaping, trace arg values and
 * objects, and fixed-point microseconds. Shared by the trace sinks and the report writers.
 *
 * <p>Escaping follows RFC 8259: {@code "} and {@code \} are escaped, control characters below
 * U+0020 become {@code \b \f \n \r \t} or {@code \}{@code u00XX}, and an unpaired surrogate
 * becomes a {@code \}{@code uXXXX} escape (it has no UTF-8 encoding). All other characters,
 * including non-ASCII ones, are written as they are and encoded as UTF-8 by the sink.
 *
 * <p>Numbers never go through a locale: longs use {@link Long#toString(long)} and doubles
 * {@link Double#toString(double)} (finite only; {@link TraceArgs} rejects NaN and infinity).
 * {@code Double.toString} gives the same text on every platform for a given JDK; JDK 19 changed
 * it to the shortest round-trip digits (JDK-4511638), so a few values such as {@code 2.0E23} are
 * written with more digits on JDK 17 ({@code 1.9999999999999998E23}).
 */
public final class JsonText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** Appends {@code text} as a quoted, escaped JSON string. */
    public static void appendString(StringBuilder out, String text) {
        out.append('"');
        int runStart = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            out.append(text, runStart, i);
            appendEscape(out, c);
            runStart = i + 1;
        }
        out.append(text, runStart, length).append('"');
    }

    private static void appendEscape(StringBuilder out, char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append("\\u")
                    .append(HEX[(c >> 12) & 0xF])
                    .append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF])
                    .append(HEX[c & 0xF]);
        }
    }

    /** Appends a trace arg value: a {@link String}, {@link Long}, {@link Double} or {@link Boolean}. */
    public static void appendValue(StringBuilder out, Object value) {
        if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof Long number) {
            out.append(number.longValue());
        } else if (value instanceof Double number) {
            out.append(Double.toString(number));
        } else {
            out.append(((Boolean) value).booleanValue());
        }
    }

    /**
     * Appends the entries of {@code args} as {@code "key":value} members separated by commas,
     * each preceded by a comma when {@code leadingComma} is set.
     */
    public static void appendMembers(StringBuilder out, TraceArgs args, boolean leadingComma) {
        for (int i = 0; i < args.size(); i++) {
            if (leadingComma || i > 0) {
                out.append(',');
            }
            appendString(out, args.key(i));
            out.append(':');
            appendValue(out, args.value(i));
        }
    }

    /** Appends {@code args} as a JSON object, {@code {}} when empty. */
    public static void appendObject(StringBuilder out, TraceArgs args) {
        out.append('{');
        appendMembers(out, args, false);
        out.append('}');
    }

    /**
     * Appends {@code nanos} as microseconds with exactly three decimals, e.g. {@code 1234567} as
     * {@code 1234.567}, using integer arithmetic only.
     */
    public static void appendMicros(StringBuilder out, long nanos) {
        long fraction = nanos % 1000;
        out.append(nanos / 1000).append('.');
        if (fraction < 100) {
            out.append('0');
        }
        if (fraction < 10) {
            out.append('0');
        }
        out.append(fraction);
    }
}
