// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceEventTest {

    /**
     * Sinks dispatch on these three types; adding one means teaching every sink in
     * {@code org.sinapsis.traces.sink} to write it, then updating this list.
     */
    @Test
    void permitsExactlyTheTypesSinksWrite() {
        assertEquals(Set.of(Span.class, Counter.class, Instant.class),
                Set.of(TraceEvent.class.getPermittedSubclasses()));
    }
}
