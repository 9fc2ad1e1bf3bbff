// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sinapsis.traces.event.TraceEvent;

/** A test sink that records what it receives and can be told to fail. */
final class RecordingSink implements TraceSink {
    final List<TraceEvent> events = new ArrayList<>();
    int closeCalls;
    RuntimeException acceptFailure;
    IOException closeFailure;
    private boolean closed;

    @Override
    public void accept(TraceEvent event) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        events.add(event);
        if (acceptFailure != null) {
            throw acceptFailure;
        }
    }

    @Override
    public void close() throws IOException {
        closeCalls++;
        closed = true;
        if (closeFailure != null) {
            throw closeFailure;
        }
    }
}
