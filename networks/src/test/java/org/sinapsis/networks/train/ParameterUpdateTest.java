// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The update equations, checked against hand-computed steps. */
class ParameterUpdateTest {

    @Test
    void sgdWithMomentumAndWeightDecay() {
        TrainingConfig c = TrainingConfig.defaults().withOptimizer(Optimizer.SGD).withMomentum(0.5)
                .withWeightDecay(0.1).withLearningRate(0.2, 1);
        ParameterUpdate u = new ParameterUpdate(c, List.of(1, 1), new boolean[] {true, false});
        float[] w = {1f};
        float[] b = {1f};
        u.apply(0, w, new float[] {0.3f}, 0, 1, 1, 0.2);
        u.apply(1, b, new float[] {0.3f}, 0, 1, 1, 0.2);
        // g = 0.3 + 0.1 * 1 = 0.4; v = 0.4; w = 1 - 0.2 * 0.4 = 0.92. The bias is not decayed: 1 - 0.2 * 0.3.
        assertEquals(0.92f, w[0], 1e-7);
        assertEquals(0.94f, b[0], 1e-7);
        u.apply(0, w, new float[] {-0.1f}, 0, 1, 2, 0.2);
        // g = -0.1 + 0.1 * 0.92 = -0.008; v = 0.5 * 0.4 - 0.008 = 0.192; w = 0.92 - 0.2 * 0.192 = 0.8816
        assertEquals(0.8816f, w[0], 1e-6);
    }

    @Test
    void adamWithBiasCorrection() {
        TrainingConfig c = TrainingConfig.defaults().withLearningRate(0.01, 1);
        ParameterUpdate u = new ParameterUpdate(c, List.of(2), new boolean[] {true});
        float[] w = {0.5f, -0.5f};
        u.apply(0, w, new float[] {0.2f, -4f}, 0, 2, 1, 0.01);
        // Step 1: m^ = g, v^ = g^2, so every element moves by lr * sign(g) (up to eps).
        assertEquals(0.49f, w[0], 1e-6);
        assertEquals(-0.49f, w[1], 1e-6);
        u.apply(0, w, new float[] {0.1f, 0f}, 0, 1, 2, 0.01);
        double m = 0.9 * 0.1 * 0.2 + 0.1 * 0.1;
        double v = 0.999 * 0.001 * 0.04 + 0.001 * 0.01;
        double step = 0.01 * (m / (1 - 0.81)) / (Math.sqrt(v / (1 - 0.998001)) + 1e-8);
        assertEquals(0.49 - step, w[0], 1e-6);
        assertEquals(-0.49f, w[1], 1e-7, "elements outside [from, to) do not move");
    }
}
