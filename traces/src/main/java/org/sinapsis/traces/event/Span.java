// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

/**
 * A complete span of time on a track, such as one tile of a matrix multiply on the {@code mxu} or
 * one weight transfer on the {@code weight-dma}.
 *
 * @param track where the span happens
 * @param name what happens, e.g. {@code matmul}; not empty
 * @param category a group to filter by, e.g. {@code compute} or {@code dma}; not empty
 * @param startTick when it starts, in ticks; not negative
 * @param durationTicks how long it lasts, in ticks; not negative, and
 *     {@code startTick + durationTicks} must fit in a {@code long}
 * @param args extra details, in order
 */
public record Span(Track track, String name, String category, long startTick, long durationTicks, TraceArgs args)
        implements TraceEvent {

    /**
     * Validates the span.
     *
     * @param track where the span happens
     * @param name what happens
     * @param category a group to filter by
     * @param startTick when it starts, in ticks
     * @param durationTicks how long it lasts, in ticks
     * @param args extra details, in order
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a name is empty, a time is negative, or the end tick
     *     overflows
     */
    public Span {
        Checks.nonNull(track, "span track");
        Checks.nonEmpty(name, "span name");
        Checks.nonEmpty(category, "category", "span", name);
        Checks.nonNull(args, "args", "span", name);
        if (startTick < 0 || durationTicks < 0) {
            throw new IllegalArgumentException("span '" + name + "' on " + track.path()
                    + ": startTick and durationTicks must be >= 0, got startTick " + startTick
                    + " and durationTicks " + durationTicks);
        }
        if (startTick > Long.MAX_VALUE - durationTicks) {
            throw new IllegalArgumentException("span '" + name + "' on " + track.path()
                    + ": end tick overflows (startTick " + startTick + " + durationTicks " + durationTicks + ")");
        }
    }

    /**
     * A span without args.
     *
     * @param track where the span happens
     * @param name what happens; not empty
     * @param category a group to filter by; not empty
     * @param startTick when it starts, in ticks; not negative
     * @param durationTicks how long it lasts, in ticks; not negative
     */
    public Span(Track track, String name, String category, long startTick, long durationTicks) {
        this(track, name, category, startTick, durationTicks, TraceArgs.empty());
    }

    /**
     * The start tick (same as {@link #startTick()}).
     *
     * @return the start tick
     */
    @Override
    public long tick() {
        return startTick;
    }

    /**
     * The first tick after the span.
     *
     * @return {@code startTick + durationTicks}
     */
    public long endTick() {
        return startTick + durationTicks;
    }
}
