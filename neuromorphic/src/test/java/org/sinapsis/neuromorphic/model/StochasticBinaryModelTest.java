// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.neuromorphic.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinapsis.isa.chip.CoreProgram;
import org.sinapsis.isa.chip.NeuronSettings;

/** Stochastic binary neurons fire with the sigmoid of their input, reproducibly. */
class StochasticBinaryModelTest {

    private static double rate(boolean fixed, int bias, int input, int temperature, long seed) {
        CoreProgram c = CoreProgram.builder(0, "s", 1, 1, NeuronSettings.stochastic(temperature)).neuron(0, 1, bias, 0)
                .build();
        StochasticBinaryModel m = new StochasticBinaryModel(c, fixed, seed);
        int n = 40_000;
        int spikes = 0;
        int[] fired = new int[1];
        for (int t = 0; t < n; t++) {
            spikes += m.step(new int[] {input}, fired, t);
        }
        return (double) spikes / n;
    }

    @Test
    void firingProbabilityIsTheSigmoidOfTheInput() {
        for (int u : new int[] {-40, -10, 0, 7, 25}) {
            double p = StochasticBinaryModel.probability(u, 10);
            double sd = Math.sqrt(p * (1 - p) / 40_000);
            for (boolean fixed : new boolean[] {true, false}) {
                double r = rate(fixed, u - 3, 3, 10, 42);
                assertTrue(Math.abs(r - p) < 4 * sd + 1e-4, "u=" + u + " fixed=" + fixed + ": " + r + " vs " + p);
            }
        }
    }

    @Test
    void sameSeedSameSpikesOtherSeedOtherSpikes() {
        assertEquals(rate(true, 0, 0, 10, 7), rate(true, 0, 0, 10, 7));
        assertTrue(rate(true, 0, 0, 10, 7) != rate(true, 0, 0, 10, 8));
    }
}
