// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

import org.sinapsis.neuromorphic.chip.NeuroChip;
import org.sinapsis.neuromorphic.process.SpikeSource;

/**
 * Runs a loaded chip tick by tick, each tick in the order of {@link TickPhase}: INPUT, SYNAPSE,
 * NEURON, ROUTE, HOST. Single-threaded and deterministic; parallel work splits examples across
 * chip instances ({@link BatchRunner}), never one run across threads.
 */
public final class TickRuntime {
    private TickRuntime() {
    }

    /**
     * Runs ticks {@code [firstTick, firstTick + ticks)}; a run of an example starts at tick 0
     * on a reset chip and may continue in several calls (to read outputs on the way).
     *
     * @param timeOffsetSeconds chip time at which this run starts (for observers' time stamps)
     * @return the chip time the run took, in seconds
     */
    public static double run(NeuroChip chip, SpikeSource source, long firstTick, int ticks, TickObserver observer,
            double timeOffsetSeconds) {
        double sum = 0;
        for (long tick = firstTick; tick < firstTick + ticks; tick++) {
            chip.injectInput(source, tick);
            chip.integrate(tick);
            chip.fire(tick);
            chip.route(tick);
            double seconds = chip.endTick();
            observer.afterTick(chip, tick, timeOffsetSeconds + sum, seconds);
            sum += seconds;
        }
        return sum;
    }
}
