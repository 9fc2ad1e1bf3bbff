// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TrackTest {

    @Test
    void isAValue() {
        assertEquals(new Track("tpu0", "mxu"), new Track("tpu0", "mxu"));
        assertEquals("tpu0/mxu", new Track("tpu0", "mxu").path());
    }

    @Test
    void rejectsMissingNames() {
        assertEquals("track process must not be null",
                assertThrows(NullPointerException.class, () -> new Track(null, "mxu")).getMessage());
        assertEquals("track thread must not be empty",
                assertThrows(IllegalArgumentException.class, () -> new Track("tpu0", "")).getMessage());
    }
}
