// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

/**
 * One layer of integrate-and-fire neurons in normalized units (threshold 1): neuron {@code j}
 * integrates {@code sum_s weight[s] r_src[s] + bias[j]} per tick, where {@code r} are the source
 * layer's rates in spikes per tick (or the input values), and fires at rate
 * {@code min(1, max(0, .))}. Rows are compressed: the synapses of neuron {@code j} are
 * {@code [rowStart[j], rowStart[j+1])}.
 *
 * <p>Provenance, so the chip's weights can be mapped back onto the ANN's parameters: the ANN node
 * the weights come from ({@code node}, null for a merge layer of partial sums), the parameter
 * index of each synapse's weight and of each neuron's bias (-1 when none), the neuron's sign
 * (-1 for the negative half of a partial sum), and the factor {@code annPerNormalized} that turns
 * a normalized weight back into ANN units ({@code lambda_out / lambda_in}).
 */
final class SpikingLayer {
    final String name;
    final String node;
    final int size;
    /** -1 for the network input, else the index of the source layer. */
    final int source;
    final int sourceSize;
    final int[] rowStart;
    final int[] src;
    final float[] weight;
    final float[] bias;
    final int[] paramIndex;
    final int[] biasIndex;
    final int[] sign;
    /** Neurons sharing a quantization scale (a conv output channel) share a group id. */
    final int[] scaleGroup;
    final double annPerNormalized;
    final double lambda;
    final boolean output;

    SpikingLayer(String name, String node, int size, int source, int sourceSize, int[] rowStart, int[] src,
            float[] weight, float[] bias, int[] paramIndex, int[] biasIndex, int[] sign, int[] scaleGroup,
            double annPerNormalized, double lambda, boolean output) {
        this.name = name;
        this.node = node;
        this.size = size;
        this.source = source;
        this.sourceSize = sourceSize;
        this.rowStart = rowStart;
        this.src = src;
        this.weight = weight;
        this.bias = bias;
        this.paramIndex = paramIndex;
        this.biasIndex = biasIndex;
        this.sign = sign;
        this.scaleGroup = scaleGroup;
        this.annPerNormalized = annPerNormalized;
        this.lambda = lambda;
        this.output = output;
    }

    int synapses() {
        return src.length;
    }

    int fanIn(int j) {
        return rowStart[j + 1] - rowStart[j];
    }
}
