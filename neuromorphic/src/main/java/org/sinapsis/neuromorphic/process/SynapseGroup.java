// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.process;

import org.sinapsis.isa.chip.CoreProgram;

/**
 * The synapses of one core (its crossbar): delivering a spike on an axon adds the weight of each
 * of the axon's synapses to its neuron's input for the tick. Reads the program's synapse arrays in
 * place (axon-type weights are transposed into one column per type, neurons x types entries), so
 * memory is that of the synapses stored.
 */
public final class SynapseGroup {
    private final int[] axonStart;
    private final short[] neuron;
    private final short[] weight;
    private final byte[] axonType;
    /** Axon-type weights by type then neuron, so one axon's synapses read one contiguous column. */
    private final short[] typeColumns;
    private final int types;
    private final int neurons;

    /** The crossbar of {@code core}. */
    public SynapseGroup(CoreProgram core) {
        this.axonStart = core.axonStart();
        this.neuron = core.synapseNeuron();
        this.weight = core.synapseWeight();
        this.axonType = core.axonType();
        this.types = core.axonTypes();
        if (types > 0) {
            int neurons = core.neurons();
            short[] byNeuron = core.typeWeight();
            this.typeColumns = new short[neurons * types];
            for (int n = 0; n < neurons; n++) {
                for (int t = 0; t < types; t++) {
                    typeColumns[t * neurons + n] = byNeuron[n * types + t];
                }
            }
            this.neurons = neurons;
        } else {
            this.typeColumns = null;
            this.neurons = core.neurons();
        }
    }

    /**
     * Adds the weights of axon {@code axon}'s synapses to {@code input} (indexed by neuron).
     *
     * @return the synaptic events this spike caused (the axon's synapses)
     */
    public int deliver(int axon, int[] input) {
        int from = axonStart[axon];
        int to = axonStart[axon + 1];
        if (weight != null) {
            for (int s = from; s < to; s++) {
                input[neuron[s] & 0xFFFF] += weight[s];
            }
        } else {
            int base = axonType[axon] * neurons;
            for (int s = from; s < to; s++) {
                input[neuron[s] & 0xFFFF] += typeColumns[base + (neuron[s] & 0xFFFF)];
            }
        }
        return to - from;
    }
}
