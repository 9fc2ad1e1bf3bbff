// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

/**
 * A spiking layer in the chip's integers: per neuron a threshold, a bias per tick and an initial
 * potential; per synapse an integer weight (per-synapse chips) or a level in
 * {@code [-levels, levels]} made of axon types (TrueNorth), with the neuron's unit weight. Also
 * what each integer weight stands for in normalized units, to measure what quantization cost.
 */
final class QuantizedLayer {
    final SpikingLayer layer;
    final int[] threshold;
    final int[] bias;
    final int[] initialPotential;
    /** Per synapse: the integer weight, or the axon-type level; synapses quantized to 0 are kept as 0. */
    final int[] level;
    /** Per neuron: the unit weight of the axon-type levels, or null for per-synapse chips. */
    final int[] unit;
    /** The largest level magnitude on an axon-type chip (3 with four types), else 0. */
    final int levels;
    /** Per synapse: the weight the integers realize, in normalized units ({@code level x unit / threshold}). */
    final float[] realized;
    /** Per neuron: the bias the integers realize, in normalized units. */
    final float[] realizedBias;
    final int clippedWeights;
    final int clippedBiases;

    QuantizedLayer(SpikingLayer layer, int[] threshold, int[] bias, int[] initialPotential, int[] level, int[] unit,
            int levels, float[] realized, float[] realizedBias, int clippedWeights, int clippedBiases) {
        this.layer = layer;
        this.threshold = threshold;
        this.bias = bias;
        this.initialPotential = initialPotential;
        this.level = level;
        this.unit = unit;
        this.levels = levels;
        this.realized = realized;
        this.realizedBias = realizedBias;
        this.clippedWeights = clippedWeights;
        this.clippedBiases = clippedBiases;
    }

    /**
     * The axon types a level uses: with 3 levels, +1 is type 0, +2 type 1, +3 both; -1 type 2,
     * -2 type 3, -3 both; with 1 level, +1 is type 0 and -1 type 1. Returns a bit mask of types.
     */
    static int typeMask(int level, int levels) {
        if (levels == 1) {
            return level > 0 ? 1 : level < 0 ? 2 : 0;
        }
        int m = Math.abs(level);
        int mask = (m & 1) != 0 ? 1 : 0;
        mask |= (m & 2) != 0 ? 2 : 0;
        return level < 0 ? mask << 2 : mask;
    }
}
