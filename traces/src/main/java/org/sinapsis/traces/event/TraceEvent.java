// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

/**
 * One thing that happened on a {@link Track}: a {@link Span} of time, a {@link Counter} sample or
 * an {@link Instant}.
 *
 * <p>The hierarchy is sealed so that every sink handles every kind of event; a new permitted type
 * must be written by each sink in {@code org.sinapsis.traces.sink} (a test checks the list).
 */
public sealed interface TraceEvent permits Span, Counter, Instant {

    /**
     * Where the event happens.
     *
     * @return the track
     */
    Track track();

    /**
     * What happened, e.g. {@code matmul} or {@code sram-occupancy}.
     *
     * @return the name; not empty
     */
    String name();

    /**
     * When the event starts (spans) or happens (counters, instants), in ticks of the trace's
     * {@link TimeBase}.
     *
     * @return the tick; not negative
     */
    long tick();
}
