// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

/**
 * One neurosynaptic core: how many neurons and input axons it holds, how it stores weights, and
 * the bit widths of its integer neuron state (the fixed-point model saturates and rounds to them).
 *
 * @param neuronsPerCore neurons (Loihi: compartments) per core
 * @param axonsPerCore input axons per core: distinct spike sources a core can receive
 * @param synapsesPerCore synapses a core can store; for {@link SynapseEncoding#AXON_TYPE} the
 *     full crossbar {@code axons x neurons}
 * @param synapseEncoding how weights are stored
 * @param axonTypes axon types per core ({@link SynapseEncoding#AXON_TYPE}); 0 otherwise
 * @param weightBits bits of a signed synaptic weight (two's complement)
 * @param membraneBits bits of the signed membrane potential; the fixed-point model saturates to it
 * @param thresholdBits bits of the unsigned firing threshold (at least 1)
 * @param biasBits bits of the signed per-tick bias (TrueNorth's leak), added every tick
 * @param maxTargetsPerNeuron destination axons one neuron may send to (TrueNorth: 1, so fan-out
 *     needs copies of the neuron)
 * @param maxDelayTicks the longest axonal delay, in ticks (at least 1)
 */
public record NeuroCoreSpec(int neuronsPerCore, int axonsPerCore, int synapsesPerCore,
        SynapseEncoding synapseEncoding, int axonTypes, int weightBits, int membraneBits, int thresholdBits,
        int biasBits, int maxTargetsPerNeuron, int maxDelayTicks) {

    /** Validates the core. */
    public NeuroCoreSpec {
        if (neuronsPerCore < 1 || neuronsPerCore > 65_535) {
            throw new IllegalArgumentException("neurons_per_core must be in [1, 65535], got " + neuronsPerCore);
        }
        if (axonsPerCore < 1 || axonsPerCore > 65_535) {
            throw new IllegalArgumentException("axons_per_core must be in [1, 65535], got " + axonsPerCore);
        }
        if (synapsesPerCore < 1) {
            throw new IllegalArgumentException("synapses_per_core must be >= 1, got " + synapsesPerCore);
        }
        if (synapseEncoding == null) {
            throw new IllegalArgumentException("synapse_encoding must be given");
        }
        if (synapseEncoding == SynapseEncoding.AXON_TYPE && (axonTypes < 1 || axonTypes > 127)) {
            throw new IllegalArgumentException("an axon-type core needs axon_types in [1, 127], got " + axonTypes);
        }
        if (synapseEncoding == SynapseEncoding.PER_SYNAPSE && axonTypes != 0) {
            throw new IllegalArgumentException("axon_types must be 0 for per-synapse weights, got " + axonTypes);
        }
        if (weightBits < 2 || weightBits > 16) {
            throw new IllegalArgumentException("weight_bits must be in [2, 16], got " + weightBits);
        }
        if (membraneBits < 2 || membraneBits > 32) {
            throw new IllegalArgumentException("membrane_bits must be in [2, 32], got " + membraneBits);
        }
        if (thresholdBits < 1 || thresholdBits > 31) {
            throw new IllegalArgumentException("threshold_bits must be in [1, 31], got " + thresholdBits);
        }
        if (biasBits < 2 || biasBits > 32) {
            throw new IllegalArgumentException("bias_bits must be in [2, 32], got " + biasBits);
        }
        if (maxTargetsPerNeuron < 1) {
            throw new IllegalArgumentException("max_targets_per_neuron must be >= 1, got " + maxTargetsPerNeuron);
        }
        if (maxDelayTicks < 1 || maxDelayTicks > 127) {
            throw new IllegalArgumentException("max_delay_ticks must be in [1, 127], got " + maxDelayTicks);
        }
    }

    /** The largest weight: {@code 2^(weightBits-1) - 1}. */
    public int maxWeight() {
        return (1 << (weightBits - 1)) - 1;
    }

    /** The largest threshold: {@code 2^thresholdBits - 1}. */
    public long maxThreshold() {
        return (1L << thresholdBits) - 1;
    }

    /** The largest bias magnitude: {@code 2^(biasBits-1) - 1}. */
    public long maxBias() {
        return (1L << (biasBits - 1)) - 1;
    }

    /** The largest membrane potential: {@code 2^(membraneBits-1) - 1}. */
    public long maxPotential() {
        return (1L << (membraneBits - 1)) - 1;
    }
}
