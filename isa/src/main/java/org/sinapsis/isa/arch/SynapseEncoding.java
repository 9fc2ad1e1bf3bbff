// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/** How a neuromorphic core stores synaptic weights. */
public enum SynapseEncoding {
    /**
     * TrueNorth: a binary crossbar (axon i connects to neuron j or not) and, for each neuron, one
     * signed weight per axon type; every axon has one type, so the weight of synapse (i, j) is
     * {@code S_j[G_i]} (Merolla et al., Science 2014, S1).
     */
    AXON_TYPE,
    /** Loihi, SpiNNaker, BrainScaleS: every synapse stores its own signed multi-bit weight. */
    PER_SYNAPSE
}
