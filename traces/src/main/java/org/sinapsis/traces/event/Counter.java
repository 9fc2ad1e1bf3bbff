// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

/**
 * A sample of one or more named numeric series at a tick, such as SRAM occupancy or bytes in
 * flight. Viewers draw each series as a step plot that holds its value until the next sample.
 *
 * @param track where the quantity lives
 * @param name what is measured, e.g. {@code sram-occupancy}; not empty
 * @param tick when it was sampled, in ticks; not negative
 * @param values the series, e.g. {@code {bytes=4096}}; at least one, each a {@link Long} or a
 *     {@link Double}
 */
public record Counter(Track track, String name, long tick, TraceArgs values) implements TraceEvent {

    /**
     * Validates the sample.
     *
     * @param track where the quantity lives
     * @param name what is measured
     * @param tick when it was sampled, in ticks
     * @param values the series
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is empty, the tick is negative, there are no
     *     values or a value is not a number
     */
    public Counter {
        Checks.nonNull(track, "counter track");
        Checks.nonEmpty(name, "counter name");
        Checks.nonNull(values, "values", "counter", name);
        if (tick < 0) {
            throw new IllegalArgumentException(
                    "counter '" + name + "' on " + track.path() + ": tick must be >= 0, got " + tick);
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(
                    "counter '" + name + "' on " + track.path() + " needs at least one value");
        }
        for (int i = 0; i < values.size(); i++) {
            Object value = values.value(i);
            if (!(value instanceof Long || value instanceof Double)) {
                throw new IllegalArgumentException("counter '" + name + "' on " + track.path() + ": series '"
                        + values.key(i) + "' must be a number, got " + value.getClass().getSimpleName());
            }
        }
    }
}
