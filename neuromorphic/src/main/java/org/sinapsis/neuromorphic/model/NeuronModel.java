// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

/**
 * The dynamics of one core's neurons, with their state. One instance per core and per run
 * thread; not thread-safe.
 */
public interface NeuronModel {

    /**
     * Advances every neuron by one tick.
     *
     * @param input this tick's summed synaptic input per neuron, in weight units; the model reads
     *     it and sets every entry back to 0 (the caller owns the array and reuses it)
     * @param fired receives the indices of the neurons that fired, in ascending order
     * @param tick the tick number (stochastic models draw from the stream of this tick)
     * @return how many neurons fired (the entries written to {@code fired})
     */
    int step(int[] input, int[] fired, long tick);

    /** Neurons that received input or fired in the last {@link #step} (Loihi's "active" updates). */
    int activeInLastStep();

    /** The membrane potential of a neuron, in weight units (stochastic neurons: the last {@code u}). */
    double potential(int neuron);

    /** Restores every neuron's initial state (between inputs). */
    void reset();
}
