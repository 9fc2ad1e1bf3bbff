// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.chip;

/** The neuron dynamics a core runs (every neuron of a core shares them). */
public enum NeuronKind {
    /**
     * Integrate-and-fire with TrueNorth's linear leak and Loihi's optional multiplicative decay:
     * {@code V <- V - (V x decay) / 4096 + input + bias}; fire when {@code V >= threshold}, then
     * reset as the core's {@link ResetMode} says. With {@code decay = 0} and {@code bias = 0} it
     * is a pure IF neuron; a negative bias is TrueNorth's leak.
     */
    INTEGRATE_AND_FIRE,
    /**
     * Stochastic binary neuron (Boltzmann machine / stochastic Hopfield unit): every tick
     * {@code u = input + bias} and the neuron fires with probability
     * {@code sigmoid(u / temperature)}, drawn from the run's seeded random stream; no membrane
     * state carries over between ticks.
     */
    STOCHASTIC_BINARY
}
