// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.process;

import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.NeuronSettings;

/**
 * The neurons of one core: how many, their shared settings and where their spikes go. Their
 * dynamics and state are the model's ({@code neuromorphic.model}).
 */
public final class NeuronPopulation {
    private final String label;
    private final int size;
    private final NeuronSettings settings;
    private final int[] targetStart;
    private final int[] targetCore;
    private final int[] targetAxon;
    private final byte[] targetDelay;

    /** The population of {@code core}. */
    public NeuronPopulation(CoreProgram core) {
        this.label = core.label();
        this.size = core.neurons();
        this.settings = core.settings();
        this.targetStart = core.targetStart();
        this.targetCore = core.targetCore();
        this.targetAxon = core.targetAxon();
        this.targetDelay = core.targetDelay();
    }

    /** What the core holds. */
    public String label() {
        return label;
    }

    /** Number of neurons. */
    public int size() {
        return size;
    }

    /** Shared neuron settings. */
    public NeuronSettings settings() {
        return settings;
    }

    /** First destination of neuron {@code n}. */
    public int firstTarget(int n) {
        return targetStart[n];
    }

    /** One past the last destination of neuron {@code n}. */
    public int endTarget(int n) {
        return targetStart[n + 1];
    }

    /** Destination core of target {@code t}. */
    public int targetCore(int t) {
        return targetCore[t];
    }

    /** Destination axon of target {@code t}. */
    public int targetAxon(int t) {
        return targetAxon[t];
    }

    /** Axonal delay of target {@code t}, in ticks. */
    public int targetDelay(int t) {
        return targetDelay[t];
    }
}
