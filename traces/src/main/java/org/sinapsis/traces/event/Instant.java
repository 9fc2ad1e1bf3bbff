// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

/**
 * Something that happens at a single tick on a track, such as a layer boundary or a barrier.
 *
 * <p>Not {@link java.time.Instant}: this one is a point on the trace's own time axis.
 *
 * @param track where it happens
 * @param name what happens, e.g. {@code layer-boundary}; not empty
 * @param tick when, in ticks; not negative
 * @param args extra details, in order
 */
public record Instant(Track track, String name, long tick, TraceArgs args) implements TraceEvent {

    /**
     * Validates the instant.
     *
     * @param track where it happens
     * @param name what happens
     * @param tick when, in ticks
     * @param args extra details, in order
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is empty or the tick is negative
     */
    public Instant {
        Checks.nonNull(track, "instant track");
        Checks.nonEmpty(name, "instant name");
        Checks.nonNull(args, "args", "instant", name);
        if (tick < 0) {
            throw new IllegalArgumentException(
                    "instant '" + name + "' on " + track.path() + ": tick must be >= 0, got " + tick);
        }
    }

    /**
     * An instant without args.
     *
     * @param track where it happens
     * @param name what happens; not empty
     * @param tick when, in ticks; not negative
     */
    public Instant(Track track, String name, long tick) {
        this(track, name, tick, TraceArgs.empty());
    }
}
