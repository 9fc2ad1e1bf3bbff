// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Tensor;

class LabelledSamplesTest {

    @Test
    void top1TakesTheLargestScoreAndTheLowestIndexOnTies() {
        Tensor inputs = new Tensor(3, TensorShape.of(2), new float[6]);
        LabelledSamples s = new LabelledSamples("t", Map.of("input", inputs), new int[] {2, 0, 1});
        Tensor scores = new Tensor(3, TensorShape.of(3), new float[] {0, 1, 5, 3, 3, 1, 0, 2, 9});
        assertEquals(2.0 / 3, s.top1Accuracy(scores), 1e-12);
    }

    @Test
    void oneScoreIsABinaryProbability() {
        Tensor inputs = new Tensor(4, TensorShape.of(1), new float[4]);
        LabelledSamples s = new LabelledSamples("t", Map.of("input", inputs), new int[] {1, 0, 1, 0});
        assertEquals(0.75, s.top1Accuracy(new Tensor(4, TensorShape.of(1), new float[] {0.9f, 0.2f, 0.4f, 0.5f})));
    }

    @Test
    void inputsMustHoldOneExamplePerLabel() {
        Tensor inputs = new Tensor(2, TensorShape.of(1), new float[2]);
        assertThrows(IllegalArgumentException.class, () -> new LabelledSamples("t", Map.of("i", inputs), new int[3]));
    }
}
