// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.gpu;

import java.util.ArrayList;
import java.util.List;
import org.sinapsis.isa.target.TraceOpener;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.event.TraceEvent;
import org.sinapsis.traces.sink.TraceSink;

/** A trace opener for tests that keeps the events and the time base a run chose. */
final class Events implements TraceOpener {
    final List<TraceEvent> events = new ArrayList<>();
    TimeBase timeBase;

    @Override
    public TraceSink open(TimeBase base) {
        timeBase = base;
        return new TraceSink() {
            @Override
            public void accept(TraceEvent event) {
                events.add(event);
            }

            @Override
            public void close() {
            }
        };
    }
}
