// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.snn;

/**
 * One spiking layer of a compiled program, for reports.
 *
 * @param name the layer ({@code fc1}, {@code fc1/partial}, {@code fc1/merge})
 * @param neurons logical neurons (copies not counted)
 * @param synapses nonzero synapses
 * @param lambda the activation that maps to one spike per tick (its normalization scale)
 * @param minThreshold the smallest integer threshold
 * @param maxThreshold the largest integer threshold
 * @param clippedWeights weights that hit the chip's largest weight or level
 * @param clippedBiases biases that hit the chip's bias range
 */
public record SnnLayerSummary(String name, int neurons, long synapses, double lambda, int minThreshold,
        int maxThreshold, int clippedWeights, int clippedBiases) {
}
