// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

import java.util.List;

/**
 * How a configuration occupies a chip: cores used, each core's utilization, and the hop count of
 * every route (a neuron's target or an input entry), as a histogram indexed by hops.
 *
 * @param chip the chip spec's name
 * @param coresUsed cores with at least one neuron
 * @param coresAvailable cores on the chip
 * @param cores per-core usage, by core index
 * @param hopHistogram {@code hopHistogram.get(h)} routes take {@code h} router hops
 * @param routes routes counted in the histogram
 */
public record MappingReport(String chip, int coresUsed, int coresAvailable, List<CoreUsage> cores,
        List<Long> hopHistogram, long routes) {

    /** Copies the lists. */
    public MappingReport {
        cores = List.copyOf(cores);
        hopHistogram = List.copyOf(hopHistogram);
    }

    /** Mean neuron utilization of the cores in use, as a fraction. */
    public double meanNeuronUtilization() {
        return cores.stream().mapToDouble(CoreUsage::neuronUtilization).average().orElse(0);
    }

    /** Mean axon utilization of the cores in use, as a fraction. */
    public double meanAxonUtilization() {
        return cores.stream().mapToDouble(CoreUsage::axonUtilization).average().orElse(0);
    }

    /** Mean synapse utilization of the cores in use, as a fraction. */
    public double meanSynapseUtilization() {
        return cores.stream().mapToDouble(CoreUsage::synapseUtilization).average().orElse(0);
    }

    /** Mean hops per route. */
    public double meanHops() {
        long weighted = 0;
        for (int h = 0; h < hopHistogram.size(); h++) {
            weighted += h * hopHistogram.get(h);
        }
        return routes == 0 ? 0 : (double) weighted / routes;
    }
}
