// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sinapsis.networks.ir.Add;
import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Flatten;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Fp32Executor;
import org.sinapsis.networks.reference.NetworkParameters;
import org.sinapsis.networks.reference.Tensor;

class SyntheticInputsTest {
    private static final Network TWO_INPUTS = Network.builder("two").input("image", 2, 4, 4).input("tokens", 6)
            .add("emb", new Embedding(7, 4), "tokens").add("small", new Embedding(5, 4), "tokens")
            .add("sum", new Add(), "emb", "small").add("flat", new Flatten())
            .add("fc", Dense.of(3), "image")
            .build();

    @Test
    void sameSeedGivesTheSameValuesAndAnotherSeedDoesNot() {
        Map<String, Tensor> a = SyntheticInputs.generate(TWO_INPUTS, 3, 42);
        assertEquals(a, SyntheticInputs.generate(TWO_INPUTS, 3, 42));
        assertNotEquals(a.get("image"), SyntheticInputs.generate(TWO_INPUTS, 3, 43).get("image"));
        assertEquals(List.of("image", "tokens"), List.copyOf(a.keySet()));
        assertEquals(new Tensor(3, TensorShape.of(2, 4, 4), a.get("image").data()), a.get("image"));
    }

    @Test
    void imagesAreUniformInTheUnitInterval() {
        float[] values = SyntheticInputs.generate(TWO_INPUTS, 50, 1).get("image").data();
        double sum = 0;
        for (float v : values) {
            assertTrue(v >= 0 && v < 1, "value " + v);
            sum += v;
        }
        assertEquals(0.5, sum / values.length, 0.02);
    }

    @Test
    void tokenIdsAreExactIntegersBelowTheSmallestVocabulary() {
        float[] ids = SyntheticInputs.generate(TWO_INPUTS, 100, 2).get("tokens").data();
        Set<Float> seen = new HashSet<>();
        for (float id : ids) {
            assertEquals(Math.rint(id), id);
            assertTrue(id >= 0 && id < 5, "id " + id);
            seen.add(id);
        }
        assertEquals(5, seen.size());
        NetworkParameters p = NetworkParameters.initialize(TWO_INPUTS, 1);
        Map<String, Tensor> outputs = new Fp32Executor(TWO_INPUTS, p, 1)
                .run(SyntheticInputs.generate(TWO_INPUTS, 100, 2));
        assertEquals(List.of("flat", "fc"), List.copyOf(outputs.keySet()));
    }

    @Test
    void rejectsAnEmptyBatch() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticInputs.generate(TWO_INPUTS, 0, 1));
    }
}
