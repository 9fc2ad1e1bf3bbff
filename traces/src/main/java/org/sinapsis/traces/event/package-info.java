// SPDX-License-Identifier: Apache-2.0
/**
 * The trace event model: immutable {@link org.sinapsis.traces.event.TraceEvent}s
 * ({@link org.sinapsis.traces.event.Span}, {@link org.sinapsis.traces.event.Counter},
 * {@link org.sinapsis.traces.event.Instant}) placed on a {@link org.sinapsis.traces.event.Track}
 * (process = chip, array or core; thread = unit such as {@code mxu} or {@code weight-dma}), with
 * ordered {@link org.sinapsis.traces.event.TraceArgs} and a
 * {@link org.sinapsis.traces.event.TimeBase} that says what one tick is.
 *
 * <p>Conventions, fixed once:
 * <ul>
 *   <li>Times are {@code long} ticks counted from the start of the trace, never negative. A tick
 *       is a clock cycle (simulated runs) or a nanosecond (measured runs); the trace's
 *       {@code TimeBase} says which, and for cycles at what clock.</li>
 *   <li>Events validate themselves on construction, so an invalid event fails where it is
 *       built, not later inside a sink.</li>
 *   <li>Arguments keep insertion order; writing an event sequence twice gives the same bytes.</li>
 * </ul>
 *
 * <p>Owns the event types only; writing them is {@code org.sinapsis.traces.sink}'s job. Must not
 * import anything outside the JDK and {@code org.sinapsis.traces.event}.
 */
package org.sinapsis.traces.event;
