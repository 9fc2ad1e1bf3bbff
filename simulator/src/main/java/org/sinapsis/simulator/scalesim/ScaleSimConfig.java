// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.util.Objects;
import java.util.OptionalDouble;
import org.sinapsis.isa.arch.SystolicArraySpec;
import org.sinapsis.isa.arch.SystolicTiming;

/**
 * A SCALE-Sim v2 {@code .cfg} file as read by {@link ScaleSimConfigReader}.
 *
 * @param runName the {@code [general] run_name}: the output folder's name
 * @param spec the array, its dataflow and SRAM sizes ({@link SystolicTiming#SCALE_SIM} timing);
 *     its DRAM bandwidth is present exactly in USER mode
 * @param ifmapOffset base address of ifmap operands
 * @param filterOffset base address of filter operands
 * @param ofmapOffset base address of ofmap operands
 * @param topology the {@code TopologyCsvLoc} of the file, if any (the command line's {@code -t} wins)
 */
public record ScaleSimConfig(String runName, SystolicArraySpec spec, long ifmapOffset, long filterOffset,
        long ofmapOffset, String topology) {

    /** Validates the configuration. */
    public ScaleSimConfig {
        Objects.requireNonNull(runName, "runName");
        Objects.requireNonNull(spec, "spec");
    }

    /** Whether the DRAM bandwidth is the user's ({@code InterfaceBandwidth: USER}) rather than estimated ({@code CALC}). */
    public boolean userBandwidth() {
        return spec.dramBandwidthWordsPerCycle().isPresent();
    }

    /** The user bandwidth in words per cycle, if any. */
    public OptionalDouble bandwidth() {
        return spec.dramBandwidthWordsPerCycle();
    }
}
