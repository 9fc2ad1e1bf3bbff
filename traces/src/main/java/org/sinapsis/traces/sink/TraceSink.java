// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.sinapsis.traces.event.TraceEvent;

/**
 * Receives trace events as a run produces them; implementations stream them to a file, fan them
 * out or drop them.
 *
 * <p>Tracing is off unless asked for: the default sink is {@link NullSink}. Hot loops should
 * check {@link #enabled()} before building events, so that a run without tracing pays for one
 * predictable branch and allocates nothing:
 *
 * <pre>{@code
 * if (sink.enabled()) {
 *     sink.accept(new Span(mxu, "matmul", "compute", startCycle, cycles));
 * }
 * }</pre>
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #accept} is unchecked because it sits in simulator loops. An I/O failure is
 *       thrown as {@link UncheckedIOException}, and is never swallowed: {@link #close()} throws
 *       an {@link IOException} for it again, so a caller that catches the first still learns
 *       that the trace is incomplete.</li>
 *   <li>{@link #close()} ends the trace. It is idempotent. A sink writing to a file moves the
 *       complete file into place only on a successful close; a run that dies before it, or a
 *       write that fails, leaves any previous file untouched. An exception thrown by the caller
 *       inside try-with-resources still reaches {@code close}, which then writes a well-formed
 *       trace of the events accepted so far.</li>
 *   <li>An {@link #enabled() enabled} sink rejects events after close with
 *       {@link IllegalStateException}; a disabled one may ignore them.</li>
 *   <li>Sinks are not thread-safe: confine one to the thread that runs the simulation.</li>
 *   <li>Output depends only on the sequence of events (and the sink's settings): the same
 *       sequence gives the same bytes.</li>
 * </ul>
 */
public interface TraceSink extends AutoCloseable {

    /**
     * Records one event.
     *
     * @param event the event; not null
     * @throws NullPointerException if {@code event} is null
     * @throws IllegalArgumentException if this sink cannot represent the event (the sink stays
     *     usable; nothing was written)
     * @throws IllegalStateException if an enabled sink is closed
     * @throws UncheckedIOException if writing fails now or failed earlier
     */
    void accept(TraceEvent event);

    /**
     * Whether this sink records anything; callers may skip building events when it is false.
     *
     * @return true unless events are discarded
     */
    default boolean enabled() {
        return true;
    }

    /**
     * Ends the trace and releases its resources; calling it again does nothing.
     *
     * @throws IOException if finishing the output fails, or an earlier write failed
     */
    @Override
    void close() throws IOException;
}
