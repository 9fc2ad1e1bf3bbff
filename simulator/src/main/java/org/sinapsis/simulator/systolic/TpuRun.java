// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sinapsis.isa.energy.ActionCounts;

/**
 * What one program run on the {@link TpuMachine} gave.
 *
 * @param cycles cycles from the first issue to the last completion
 * @param steadyStateCycles cycles per batch when batches follow each other: the outputs of one
 *     batch drain to the host over PCIe's other direction (it is full duplex) while the next batch
 *     is sent and computed, so a batch takes until its last non-output work completes, or as long
 *     as its output transfers if those are longer
 * @param stallCycles the matrix unit's idle cycles by cause ({@link TpuMachine#STALL_CAUSES});
 *     {@code cycles = mxuActiveCycles + sum of stalls}
 * @param counters the performance counters
 * @param actions what happened, for an energy table to price
 * @param hostOutputs the output regions' bytes by region name (empty for a timing-only run)
 */
public record TpuRun(long cycles, long steadyStateCycles, Map<String, Long> stallCycles, TpuCounters counters, ActionCounts actions,
        Map<String, byte[]> hostOutputs) {

    /** Copies the maps. */
    public TpuRun {
        stallCycles = Collections.unmodifiableMap(new LinkedHashMap<>(stallCycles));
        hostOutputs = Collections.unmodifiableMap(new LinkedHashMap<>(hostOutputs));
    }
}
