// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sinapsis.isa.energy.ActionCounts;

/**
 * What a program took on the cycle-approximate FPGA machine.
 *
 * @param cycles cycles for the whole program (one batch)
 * @param computeCycles cycles the PE array was busy
 * @param stallCycles cycles the PE array waited, by cause: {@code ddr} (transfers the double
 *     buffering could not hide, and resident-weight loads), {@code gate-math} (recurrent steps
 *     waiting for the element-wise unit) and {@code vector} (element-wise layers)
 * @param actions every counted action, static cycles included
 * @param kernels per kernel, in program order
 */
public record FpgaRunTiming(long cycles, long computeCycles, Map<String, Long> stallCycles, ActionCounts actions,
        List<FpgaKernelTiming> kernels) {

    /** Copies the collections. */
    public FpgaRunTiming {
        stallCycles = Collections.unmodifiableMap(new LinkedHashMap<>(stallCycles));
        kernels = List.copyOf(kernels);
    }
}
