// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.chip;

import java.util.Arrays;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.neuromorphic.model.NeuronModel;
import org.sinapsis.neuromorphic.process.NeuronPopulation;
import org.sinapsis.neuromorphic.process.SynapseGroup;

/**
 * One core in a run: its population, crossbar and model, the input accumulators, the spikes of
 * the last tick, and a ring of axon-event lists indexed by arrival tick modulo
 * {@code maxDelay + 1} (axonal delays). Not thread-safe.
 */
final class Core {
    final int index;
    final NeuronPopulation population;
    final SynapseGroup synapses;
    final NeuronModel model;
    final int[] input;
    final int[] fired;
    int firedCount;
    final int[][] ring;
    final int[] ringSize;
    /** Output index of each neuron, or -1. */
    final int[] outputOf;

    Core(CoreProgram program, NeuronModel model, int ringSlots) {
        this.index = program.core();
        this.population = new NeuronPopulation(program);
        this.synapses = new SynapseGroup(program);
        this.model = model;
        this.input = new int[program.neurons()];
        this.fired = new int[program.neurons()];
        this.ring = new int[ringSlots][8];
        this.ringSize = new int[ringSlots];
        this.outputOf = new int[program.neurons()];
        Arrays.fill(outputOf, -1);
    }

    void enqueue(int slot, int axon) {
        int n = ringSize[slot];
        int[] list = ring[slot];
        if (n == list.length) {
            list = Arrays.copyOf(list, n * 2);
            ring[slot] = list;
        }
        list[n] = axon;
        ringSize[slot] = n + 1;
    }

    void reset() {
        model.reset();
        Arrays.fill(input, 0);
        Arrays.fill(ringSize, 0);
        firedCount = 0;
    }
}
