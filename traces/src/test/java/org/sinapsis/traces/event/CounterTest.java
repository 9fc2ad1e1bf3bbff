// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CounterTest {
    private static final Track SRAM = new Track("tpu0", "sram");

    @Test
    void holdsNumericSeries() {
        Counter counter = new Counter(SRAM, "occupancy", 64, TraceArgs.empty().with("bytes", 4096L).with("ratio", 0.5));
        assertEquals(64, counter.tick());
        assertEquals(2, counter.values().size());
    }

    @Test
    void rejectsNonNumericOrMissingValues() {
        assertEquals("counter 'occupancy' on tpu0/sram: series 'state' must be a number, got String",
                assertThrows(IllegalArgumentException.class, () -> new Counter(SRAM, "occupancy", 0,
                        TraceArgs.empty().with("state", "full"))).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Counter(SRAM, "occupancy", 0, TraceArgs.empty().with("full", true)));
        assertEquals("counter 'occupancy' on tpu0/sram needs at least one value",
                assertThrows(IllegalArgumentException.class,
                        () -> new Counter(SRAM, "occupancy", 0, TraceArgs.empty())).getMessage());
        assertThrows(NullPointerException.class, () -> new Counter(SRAM, "occupancy", 0, null));
    }

    @Test
    void rejectsNegativeTickAndMissingName() {
        assertEquals("counter 'occupancy' on tpu0/sram: tick must be >= 0, got -1",
                assertThrows(IllegalArgumentException.class, () -> new Counter(SRAM, "occupancy", -1,
                        TraceArgs.empty().with("bytes", 1L))).getMessage());
        assertThrows(NullPointerException.class,
                () -> new Counter(SRAM, null, 0, TraceArgs.empty().with("bytes", 1L)));
    }
}
