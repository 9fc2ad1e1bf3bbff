// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

import org.sinapsis.neuromorphic.chip.NeuroChip;

/** Watches a run in each tick's HOST phase (Lava's monitors, Brian2's SpikeMonitor). */
@FunctionalInterface
public interface TickObserver {
    /** Observes nothing. */
    TickObserver NONE = (chip, tick, startSeconds, durationSeconds) -> { };

    /**
     * Called once per tick after the ROUTE phase; the chip's per-tick views (spikes fired,
     * synaptic events, link loads) describe this tick.
     *
     * @param startSeconds when the tick started, in chip time since the run began
     * @param durationSeconds the tick's duration
     */
    void afterTick(NeuroChip chip, long tick, double startSeconds, double durationSeconds);
}
