// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.traces.event.TraceEvent;
import org.sinapsis.traces.sink.TraceSink;

/** Keeps every event, for tests. */
final class RecordingTraceSink implements TraceSink {
    final List<TraceEvent> events = new ArrayList<>();

    @Override
    public void accept(TraceEvent event) {
        events.add(event);
    }

    @Override
    public void close() {
    }
}
