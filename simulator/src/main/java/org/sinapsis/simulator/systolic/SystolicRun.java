// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sinapsis.isa.energy.ActionCounts;

/**
 * What a network run on the {@link SystolicMachine} gave.
 *
 * @param cycles cycles of one batch
 * @param computeCycles cycles the array computed (fold rows streaming through it)
 * @param macs multiply-accumulates
 * @param stallCycles the array's idle cycles by cause: {@code fill_drain} (pipeline fill and
 *     drain, preloads SCALE-Sim does not overlap) and {@code dram} (waiting for operands)
 * @param actions what happened, for an energy table
 */
public record SystolicRun(long cycles, long computeCycles, long macs, Map<String, Long> stallCycles,
        ActionCounts actions) {

    /** Copies the map. */
    public SystolicRun {
        stallCycles = Collections.unmodifiableMap(new LinkedHashMap<>(stallCycles));
    }
}
