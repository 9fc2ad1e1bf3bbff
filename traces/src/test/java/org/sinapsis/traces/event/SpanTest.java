// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SpanTest {
    private static final Track MXU = new Track("tpu0", "mxu");

    @Test
    void knowsItsEnd() {
        Span span = new Span(MXU, "matmul", "compute", 100, 28);
        assertEquals(100, span.tick());
        assertEquals(128, span.endTick());
        assertEquals(TraceArgs.empty(), span.args());
    }

    @Test
    void rejectsNegativeTimesWithContext() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Span(MXU, "matmul", "compute", 0, -5));
        assertEquals("span 'matmul' on tpu0/mxu: startTick and durationTicks must be >= 0,"
                + " got startTick 0 and durationTicks -5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Span(MXU, "matmul", "compute", -1, 5));
    }

    @Test
    void rejectsAnEndPastLongMax() {
        assertThrows(IllegalArgumentException.class, () -> new Span(MXU, "matmul", "compute", Long.MAX_VALUE, 1));
    }

    @Test
    void rejectsMissingParts() {
        assertEquals("span name must not be null",
                assertThrows(NullPointerException.class, () -> new Span(MXU, null, "compute", 0, 1)).getMessage());
        assertEquals("category of span 'matmul' must not be empty",
                assertThrows(IllegalArgumentException.class, () -> new Span(MXU, "matmul", "", 0, 1)).getMessage());
        assertEquals("args of span 'matmul' must not be null", assertThrows(NullPointerException.class,
                () -> new Span(MXU, "matmul", "compute", 0, 1, null)).getMessage());
        assertThrows(NullPointerException.class, () -> new Span(null, "matmul", "compute", 0, 1));
    }
}
