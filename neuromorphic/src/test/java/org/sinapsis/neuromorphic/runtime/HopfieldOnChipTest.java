// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
 * A Hopfield network of stochastic binary neurons on one Loihi core stores random patterns with
 * the Hebbian rule and recalls them from corrupted probes; recall breaks down near the classical
 * capacity of about 0.14 N (Amit, Gutfreund, Sompolinsky 1985; "0.15 N" in the seeds).
 *
 * <p>On the chip: neuron i's spike in tick t is state +1 (no spike: -1) and reaches every other
 * neuron in tick t+1 through axon i (delay 1), so all neurons update in parallel. With states
 * s in {0, 1}: sum_j W_ij (2 s_j - 1) = sum_j (2 W_ij) s_j - sum_j W_ij, so synapse weights are
 * 2 W_ij and the bias is -sum_j W_ij. The probe enters through the same axons in tick 0.
 */
class HopfieldOnChipTest {
    private static final NeuroChipSpec LOIHI = (NeuroChipSpec) ArchSpecs.presets().get("loihi");
    private static final int N = 200;

    /** Mean overlap of the recalled state with the stored pattern over probes with 10% of the bits flipped. */
    static double meanOverlap(int patterns, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[][] xi = new int[patterns][N];
        for (int[] p : xi) {
            for (int i = 0; i < N; i++) {
                p[i] = r.nextBoolean() ? 1 : -1;
            }
        }
        CoreProgram.Builder b = CoreProgram.builder(0, "hopfield", N, N, NeuronSettings.stochastic(2));
        for (int i = 0; i < N; i++) {
            int rowSum = 0;
            for (int j = 0; j < N; j++) {
                if (i == j) {
                    continue;
                }
                int w = 0;
                for (int[] p : xi) {
                    w += p[i] * p[j];
                }
                rowSum += w;
                if (w != 0) {
                    b.synapse(j, i, 2 * w);
                }
            }
            b.neuron(i, 1, -rowSum, 0);
            b.target(i, 0, i, 1);
        }
        int[][] inputs = new int[N][];
        for (int i = 0; i < N; i++) {
            inputs[i] = new int[] {0, i};
        }
        ChipConfig config = new ChipConfig("loihi", InputEncoding.EXPLICIT, 0, List.of(b.build()), InputMap.of(inputs),
                new OutputMap(new int[0], new int[0]));
        NeuroChip chip = new NeuroChip(LOIHI, config, seed);
        int probes = 8;
        double sum = 0;
        for (int k = 0; k < probes; k++) {
            int[] target = xi[k % patterns];
            int[] on = java.util.stream.IntStream.range(0, N)
                    .filter(i -> (r.nextDouble() < 0.1 ? -target[i] : target[i]) > 0).toArray();
            chip.reset(k);
            int[] state = new int[N];
            TickRuntime.run(chip, new ExplicitSpikes(Map.of(0L, on)), 0, 20, (c, tick, s, d) -> {
                java.util.Arrays.fill(state, -1);
                for (int i = 0; i < c.firedCount(0); i++) {
                    state[c.fired(0, i)] = 1;
                }
            }, 0);
            int dot = 0;
            for (int i = 0; i < N; i++) {
                dot += state[i] * target[i];
            }
            sum += (double) dot / N;
        }
        return sum / probes;
    }

    @Test
    void recallsStoredPatternsBelowCapacityAndFailsAboveIt() {
        double few = meanOverlap(10, 1);
        assertTrue(few > 0.98, "0.05 N patterns: overlap " + few);
        double many = meanOverlap(60, 2);
        assertTrue(many < 0.6, "0.30 N patterns: overlap " + many);
        int capacity = 0;
        for (int p = 10; p <= 50; p += 4) {
            if (meanOverlap(p, 3 + p) >= 0.95) {
                capacity = p;
            }
        }
        double alpha = (double) capacity / N;
        assertTrue(alpha >= 0.10 && alpha <= 0.20, "capacity " + alpha + " N");
    }
}
