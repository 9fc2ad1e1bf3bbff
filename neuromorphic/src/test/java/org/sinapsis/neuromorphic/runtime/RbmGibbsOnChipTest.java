// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinapsis.isa.arch.ArchSpecs;
import org.sinapsis.isa.arch.NeuroChipSpec;
import org.sinapsis.isa.chip.ChipConfig;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.InputEncoding;
import org.sinapsis.isa.chip.InputMap;
import org.sinapsis.isa.chip.NeuronSettings;
import org.sinapsis.isa.chip.OutputMap;
import org.sinapsis.neuromorphic.chip.NeuroChip;
import org.sinapsis.neuromorphic.process.ExplicitSpikes;

/**
 * Gibbs sampling of a restricted Boltzmann machine on the chip, checked against the model's exact
 * probabilities: the conditional {@code p(h_j = 1 | v) = sigmoid((sum_i W_ij v_i + c_j) / T)} and,
 * by enumerating all states, the marginal {@code p(v) ~ exp(b.v / T) prod_j (1 + exp((W^T v + c)_j / T))}.
 *
 * <p>On the chip every visible and hidden unit is a stochastic neuron; each spike reaches the
 * other layer in the next tick, so both layers resample every tick from the other's previous
 * state: two interleaved block-Gibbs chains, each with the RBM's distribution as its stationary law.
 */
class RbmGibbsOnChipTest {
    private static final NeuroChipSpec LOIHI = (NeuroChipSpec) ArchSpecs.presets().get("loihi");
    private static final int T = 16;
    private static final int[][] W = {{24, -16, 8}, {-20, 12, 16}, {10, 18, -24}, {-8, -12, 20}};
    private static final int[] B = {-6, 4, -10, 8};
    private static final int[] C = {2, -8, 6};
    private static final int NV = 4;
    private static final int NH = 3;

    @Test
    void hiddenUnitsFireWithTheirConditionalProbability() {
        int[] v = {1, 0, 1, 1};
        CoreProgram.Builder b = CoreProgram.builder(0, "hidden", NH, NV, NeuronSettings.stochastic(T));
        for (int j = 0; j < NH; j++) {
            b.neuron(j, 1, C[j], 0);
            for (int i = 0; i < NV; i++) {
                b.synapse(i, j, W[i][j]);
            }
        }
        ChipConfig config = new ChipConfig("loihi", InputEncoding.EXPLICIT, 0, List.of(b.build()),
                InputMap.of(new int[][] {{0, 0}, {0, 1}, {0, 2}, {0, 3}}), new OutputMap(new int[0], new int[0]));
        NeuroChip chip = new NeuroChip(LOIHI, config, 5);
        chip.reset(0);
        int ticks = 40_000;
        long[] on = new long[NH];
        TickRuntime.run(chip, ExplicitSpikes.every(ticks, 0, 2, 3), 0, ticks, (c, tick, s, d) -> {
            for (int i = 0; i < c.firedCount(0); i++) {
                on[c.fired(0, i)]++;
            }
        }, 0);
        for (int j = 0; j < NH; j++) {
            double u = C[j];
            for (int i = 0; i < NV; i++) {
                u += W[i][j] * v[i];
            }
            double p = 1 / (1 + Math.exp(-u / T));
            double rate = (double) on[j] / ticks;
            double sd = Math.sqrt(p * (1 - p) / ticks);
            assertTrue(Math.abs(rate - p) < 4 * sd, "hidden " + j + ": " + rate + " vs " + p);
        }
    }

    @Test
    void freeRunningSamplesFollowTheExactMarginal() {
        CoreProgram.Builder b = CoreProgram.builder(0, "rbm", NV + NH, NV + NH, NeuronSettings.stochastic(T));
        for (int i = 0; i < NV; i++) {
            b.neuron(i, 1, B[i], 0).target(i, 0, i, 1);
        }
        for (int j = 0; j < NH; j++) {
            b.neuron(NV + j, 1, C[j], 0).target(NV + j, 0, NV + j, 1);
            for (int i = 0; i < NV; i++) {
                b.synapse(i, NV + j, W[i][j]);
                b.synapse(NV + j, i, W[i][j]);
            }
        }
        ChipConfig config = new ChipConfig("loihi", InputEncoding.EXPLICIT, 0, List.of(b.build()),
                InputMap.of(new int[0][]), new OutputMap(new int[0], new int[0]));
        NeuroChip chip = new NeuroChip(LOIHI, config, 9);
        chip.reset(0);
        int ticks = 200_000;
        int burnIn = 100;
        long[] counts = new long[1 << NV];
        TickRuntime.run(chip, ExplicitSpikes.every(0), 0, ticks, (c, tick, s, d) -> {
            if (tick < burnIn) {
                return;
            }
            int state = 0;
            for (int i = 0; i < c.firedCount(0); i++) {
                int n = c.fired(0, i);
                if (n < NV) {
                    state |= 1 << n;
                }
            }
            counts[state]++;
        }, 0);
        double[] exact = new double[1 << NV];
        double z = 0;
        for (int s = 0; s < exact.length; s++) {
            double logp = 0;
            for (int i = 0; i < NV; i++) {
                logp += ((s >> i) & 1) * B[i] / (double) T;
            }
            for (int j = 0; j < NH; j++) {
                double u = C[j];
                for (int i = 0; i < NV; i++) {
                    u += W[i][j] * ((s >> i) & 1);
                }
                logp += Math.log1p(Math.exp(u / T));
            }
            exact[s] = Math.exp(logp);
            z += exact[s];
        }
        double tv = 0;
        long n = ticks - burnIn;
        for (int s = 0; s < exact.length; s++) {
            tv += Math.abs(counts[s] / (double) n - exact[s] / z) / 2;
        }
        assertTrue(tv < 0.02, "total variation distance " + tv);
    }
}
