// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.target;

import java.io.IOException;
import org.sinapsis.traces.event.TimeBase;
import org.sinapsis.traces.sink.NullSink;
import org.sinapsis.traces.sink.TraceSink;

/**
 * Opens the trace a run asked for, in the time base the target chooses (its clock's cycles, or
 * nanoseconds for measured targets). The target closes the sink when its run ends.
 */
@FunctionalInterface
public interface TraceOpener {
    /** Tracing off: every target gets the {@link NullSink}. */
    TraceOpener NONE = timeBase -> NullSink.INSTANCE;

    /** The sink for this run's events, whose ticks are in {@code timeBase}. */
    TraceSink open(TimeBase timeBase) throws IOException;
}
