// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.util.Objects;
import org.sinapsis.traces.event.TraceEvent;

/**
 * The default sink: tracing off. {@link #enabled()} is false, so callers skip building events,
 * and events that arrive anyway are dropped.
 *
 * <p>There is one shared {@link #INSTANCE}; closing it has no effect and it keeps accepting
 * (and dropping) events afterwards.
 */
public final class NullSink implements TraceSink {
    /** The shared instance. */
    public static final NullSink INSTANCE = new NullSink();

    private NullSink() {
    }

    /**
     * Drops the event.
     *
     * @param event the event; not null
     * @throws NullPointerException if {@code event} is null
     */
    @Override
    public void accept(TraceEvent event) {
        Objects.requireNonNull(event, "event");
    }

    /**
     * Always false: nothing is recorded.
     *
     * @return false
     */
    @Override
    public boolean enabled() {
        return false;
    }

    /** Does nothing. */
    @Override
    public void close() {
    }
}
