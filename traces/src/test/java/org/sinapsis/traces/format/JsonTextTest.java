// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sinapsis.traces.event.TraceArgs;
import org.sinapsis.traces.sink.StrictJson;

class JsonTextTest {

    private static String string(String text) {
        StringBuilder out = new StringBuilder();
        JsonText.appendString(out, text);
        return out.toString();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\"", string("a\"b\\c"));
        assertEquals("\"\\b\\f\\n\\r\\t\\u0000\\u001f\"", string("\b\f\n\r\t\u0000\u001f"));
        assertEquals("\"/ \u007f\"", string("/ \u007f"));
    }

    @Test
    void keepsNonAsciiAndSurrogatePairsButEscapesUnpairedSurrogates() {
        assertEquals("\"µ→😀\"", string("µ→😀"));
        assertEquals("\"a\\ud800b\\udc00\"", string("a\ud800b\udc00"));
        assertEquals("\"\\ud83d\"", string("\ud83d"));
    }

    @Test
    void roundTripsThroughAStrictParser() {
        String text = "q\"b\\s/t\tn\nc\u0007 µ 😀 \ud800";
        assertEquals(text, StrictJson.parse(string(text)));
    }

    @Test
    void writesMicrosWithThreeDecimals() {
        StringBuilder out = new StringBuilder();
        JsonText.appendMicros(out, 0);
        out.append(' ');
        JsonText.appendMicros(out, 7);
        out.append(' ');
        JsonText.appendMicros(out, 1_050);
        out.append(' ');
        JsonText.appendMicros(out, 1_234_567_891_234L);
        assertEquals("0.000 0.007 1.050 1234567891.234", out.toString());
    }

    @Test
    void writesArgValuesByType() {
        StringBuilder out = new StringBuilder();
        JsonText.appendObject(out, TraceArgs.empty().with("s", "x").with("l", -5L).with("d", 1.0e-7)
                .with("big", 2.5e12).with("b", true));
        assertEquals("{\"s\":\"x\",\"l\":-5,\"d\":1.0E-7,\"big\":2.5E12,\"b\":true}", out.toString());
        StringBuilder empty = new StringBuilder();
        JsonText.appendObject(empty, TraceArgs.empty());
        assertEquals("{}", empty.toString());
    }
}
