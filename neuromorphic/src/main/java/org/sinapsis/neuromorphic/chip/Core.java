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
    /** Router hops along X and Y of each target, computed once at load. */
    final short[] hopsX;
    final short[] hopsY;
    /** Mesh position of each target's router, and of this core's. */
    final short[] targetX;
    final short[] targetY;
    final int x;
    final int y;

    Core(CoreProgram program, NeuronModel model, int ringSlots, org.sinapsis.isa.chip.ChipGeometry geometry) {
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
        int[] targets = program.targetCore();
        this.hopsX = new short[targets.length];
        this.hopsY = new short[targets.length];
        this.targetX = new short[targets.length];
        this.targetY = new short[targets.length];
        this.x = geometry.x(geometry.router(program.core()));
        this.y = geometry.y(geometry.router(program.core()));
        for (int t = 0; t < targets.length; t++) {
            hopsX[t] = (short) geometry.hopsX(program.core(), targets[t]);
            hopsY[t] = (short) geometry.hopsY(program.core(), targets[t]);
            targetX[t] = (short) geometry.x(geometry.router(targets[t]));
            targetY[t] = (short) geometry.y(geometry.router(targets[t]));
        }
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
