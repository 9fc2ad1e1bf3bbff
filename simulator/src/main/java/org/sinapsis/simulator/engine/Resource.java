// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.engine;

import java.util.Objects;

/**
 * A unit that serves one piece of work at a time, in the order it is given (a matrix unit, a DMA
 * engine, a pipeline stage): work starts at the later of when it is ready and when the unit is
 * free, and the unit is busy until it ends. Counts its busy cycles.
 */
public final class Resource {
    private final String name;
    private long freeAt;
    private long busyCycles;

    /** A free unit called {@code name}. */
    public Resource(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The unit's name, such as {@code mxu}. */
    public String name() {
        return name;
    }

    /** The earliest cycle work that is ready at {@code readyCycle} can start. */
    public long earliestStart(long readyCycle) {
        return Math.max(readyCycle, freeAt);
    }

    /**
     * Occupies the unit over {@code [startCycle, endCycle)}.
     *
     * @throws IllegalArgumentException when the work starts before the unit is free or ends before it starts
     */
    public void occupy(long startCycle, long endCycle) {
        if (startCycle < freeAt || endCycle < startCycle) {
            throw new IllegalArgumentException(name + ": work [" + startCycle + ", " + endCycle
                    + ") overlaps the unit, free at " + freeAt);
        }
        freeAt = endCycle;
        busyCycles += endCycle - startCycle;
    }

    /** The cycle the unit becomes free. */
    public long freeAt() {
        return freeAt;
    }

    /** Cycles the unit has been busy. */
    public long busyCycles() {
        return busyCycles;
    }
}
