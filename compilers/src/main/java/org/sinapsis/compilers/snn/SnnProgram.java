// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

import java.util.List;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.MappingReport;
import org.sinapsis.networks.reference.NetworkParameters;

/**
 * A compiled spiking program.
 *
 * @param config the chip configuration to run
 * @param mapping cores used, utilization and hop histogram
 * @param layers the spiking layers, input side first
 * @param realizedParameters the ANN's parameters with each weight and bias replaced by the value
 *     the chip's integers realize (first spiking stage of split layers), so running the ANN with
 *     them shows what quantization alone costs
 * @param coding the spike coding compiled for
 */
public record SnnProgram(ChipConfig config, MappingReport mapping, List<SnnLayerSummary> layers,
        NetworkParameters realizedParameters, SpikeCoding coding) {

    /** Copies the list. */
    public SnnProgram {
        layers = List.copyOf(layers);
    }
}
