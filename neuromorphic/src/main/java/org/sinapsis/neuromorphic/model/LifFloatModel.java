// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.ResetMode;

/**
 * The ideal floating-point integrate-and-fire neuron: the same equations as
 * {@link LifFixedModel} in double precision, with an exact multiplicative decay and no
 * saturation:
 * <pre>
 * V <- V (1 - decay / 4096) + input + bias
 * if V >= threshold: fire; reset (TO_VALUE: V <- resetValue; SUBTRACT: V <- V - threshold; NONE)
 * V <- max(V, floor)
 * </pre>
 * With integer weights, no decay and no saturation it gives exactly the spikes of the fixed-point
 * model; the two differ where the hardware's bit widths or its floor-rounded decay matter, which
 * is what comparing the variants shows.
 *
 * <p>Not modelled: as {@link LifFixedModel}.
 */
public final class LifFloatModel implements NeuronModel {
    private final int neurons;
    private final int[] threshold;
    private final int[] bias;
    private final int[] initial;
    private final double[] v;
    private final ResetMode reset;
    private final double resetValue;
    private final double floor;
    private final double keep;
    private int active;

    /** @param core the core whose neurons this models */
    public LifFloatModel(CoreProgram core) {
        this.neurons = core.neurons();
        this.threshold = core.threshold();
        this.bias = core.bias();
        this.initial = core.initialPotential();
        this.v = new double[neurons];
        this.reset = core.settings().reset();
        this.resetValue = core.settings().resetValue();
        this.floor = core.settings().floor() == Integer.MIN_VALUE ? Double.NEGATIVE_INFINITY : core.settings().floor();
        this.keep = 1.0 - core.settings().decay() / 4096.0;
        reset();
    }

    @Override
    public int step(int[] input, int[] fired, long tick) {
        int count = 0;
        int act = 0;
        for (int j = 0; j < neurons; j++) {
            int in = input[j];
            double x = v[j] * keep + in + bias[j];
            boolean spike = x >= threshold[j];
            if (spike) {
                fired[count++] = j;
                if (reset == ResetMode.SUBTRACT) {
                    x -= threshold[j];
                } else if (reset == ResetMode.TO_VALUE) {
                    x = resetValue;
                }
            }
            v[j] = Math.max(x, floor);
            if (in != 0 || spike) {
                act++;
                input[j] = 0;
            }
        }
        active = act;
        return count;
    }

    @Override
    public int activeInLastStep() {
        return active;
    }

    @Override
    public double potential(int neuron) {
        return v[neuron];
    }

    @Override
    public void reset() {
        for (int j = 0; j < neurons; j++) {
            v[j] = initial[j];
        }
    }
}
