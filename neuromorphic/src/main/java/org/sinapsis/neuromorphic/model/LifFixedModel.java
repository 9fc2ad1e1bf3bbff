// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.ResetMode;

/**
 * Bit-accurate integer integrate-and-fire neuron with TrueNorth's linear leak and reset modes and
 * Loihi's optional multiplicative decay. Per neuron and tick, in this order:
 * <pre>
 * V <- V - ((V x decay) >> 12)                 decay: 12-bit fraction of 4096 (Loihi dv); >> floors
 * V <- sat(V + input + bias)                    input: this tick's sum of weights (32-bit);
 *                                               bias: signed biasBits (TrueNorth's leak lambda, with sign)
 * if V >= threshold:  fire;  V <- reset(V)       threshold: unsigned thresholdBits
 *     reset TO_VALUE: V <- resetValue;  SUBTRACT: V <- V - threshold;  NONE: unchanged
 * V <- max(V, floor)                            floor: TrueNorth's negative threshold, saturate mode
 * sat(x) = min(max(x, -2^(m-1)), 2^(m-1) - 1)   m = membraneBits (TrueNorth 20, Loihi 24)
 * </pre>
 * Reproduces TrueNorth's digital neuron equation {@code V_j(t) = V_j(t-1) + sum_i A_i(t) w_ij
 * S_j^{G_i} - lambda_j}, fire and reset at {@code V >= alpha_j} (Merolla et al. 2014, Table S2)
 * for its deterministic modes, and Loihi's voltage decay with {@code du = 4096} (no current
 * state) as in Lava's {@code PyLifModelBitAcc}.
 *
 * <p>Not modelled: TrueNorth's stochastic leak, threshold and synapse modes, leak reversal and the
 * negative-threshold reset mode; Loihi's current (u) state, refractory period, multi-compartment
 * dendrites and learning.
 */
public final class LifFixedModel implements NeuronModel {
    private final int neurons;
    private final int[] threshold;
    private final int[] bias;
    private final int[] initial;
    private final int[] v;
    private final ResetMode reset;
    private final int resetValue;
    private final long floor;
    private final long decay;
    private final long vMin;
    private final long vMax;
    private int active;

    /**
     * @param core the core whose neurons this models
     * @param membraneBits the signed membrane width to saturate to
     */
    public LifFixedModel(CoreProgram core, int membraneBits) {
        this.neurons = core.neurons();
        this.threshold = core.threshold();
        this.bias = core.bias();
        this.initial = core.initialPotential();
        this.v = initial.clone();
        this.reset = core.settings().reset();
        this.resetValue = core.settings().resetValue();
        this.vMin = -(1L << (membraneBits - 1));
        this.vMax = (1L << (membraneBits - 1)) - 1;
        this.floor = Math.max(core.settings().floor(), vMin);
        this.decay = core.settings().decay();
    }

    @Override
    public int step(int[] input, int[] fired, long tick) {
        int count = 0;
        int act = 0;
        for (int j = 0; j < neurons; j++) {
            long x = v[j];
            if (decay != 0) {
                x -= (x * decay) >> 12;
            }
            int in = input[j];
            x += (long) in + bias[j];
            if (x > vMax) {
                x = vMax;
            } else if (x < vMin) {
                x = vMin;
            }
            boolean spike = x >= threshold[j];
            if (spike) {
                fired[count++] = j;
                if (reset == ResetMode.SUBTRACT) {
                    x -= threshold[j];
                } else if (reset == ResetMode.TO_VALUE) {
                    x = resetValue;
                }
            }
            if (x < floor) {
                x = floor;
            }
            v[j] = (int) x;
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
        System.arraycopy(initial, 0, v, 0, neurons);
    }
}
