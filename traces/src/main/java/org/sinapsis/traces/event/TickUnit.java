// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.event;

/** What one tick of a {@link TimeBase} is. */
public enum TickUnit {
    /** A clock cycle of a simulated chip; the {@link TimeBase} gives the clock in Hz. */
    CYCLES("cycles"),
    /** A nanosecond of wall-clock time, as in measured runs. */
    NANOSECONDS("ns");

    private final String symbol;

    TickUnit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The unit as written in trace files: {@code cycles} or {@code ns}.
     *
     * @return the unit symbol
     */
    public String symbol() {
        return symbol;
    }
}
