// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InstantTest {
    private static final Track MXU = new Track("tpu0", "mxu");

    @Test
    void happensAtOneTick() {
        Instant instant = new Instant(MXU, "layer-boundary", 128);
        assertEquals(128, instant.tick());
        assertEquals(TraceArgs.empty(), instant.args());
    }

    @Test
    void rejectsNegativeTickAndMissingParts() {
        assertEquals("instant 'sync' on tpu0/mxu: tick must be >= 0, got -3",
                assertThrows(IllegalArgumentException.class, () -> new Instant(MXU, "sync", -3)).getMessage());
        assertEquals("instant name must not be empty",
                assertThrows(IllegalArgumentException.class, () -> new Instant(MXU, "", 0)).getMessage());
        assertThrows(NullPointerException.class, () -> new Instant(MXU, "sync", 0, null));
        assertThrows(NullPointerException.class, () -> new Instant(null, "sync", 0));
    }
}
