// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.reference.Tensor;

/** Seeded synthetic inputs (placeholder until the reference branch lands). */
public final class SyntheticInputs {
    private SyntheticInputs() {
    }

    /** Uniform [0,1) values, or token ids for inputs read by an Embedding. */
    public static Map<String, Tensor> generate(Network network, int batch, long seed) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (Node input : network.inputs()) {
            int vocab = network.consumers(input.name()).stream().filter(n -> n.layer() instanceof Embedding)
                    .mapToInt(n -> ((Embedding) n.layer()).vocabularySize()).findFirst().orElse(0);
            float[] data = new float[(int) (batch * input.outputShape().elements())];
            for (int i = 0; i < data.length; i++) {
                data[i] = vocab > 0 ? random.nextInt(vocab) : (float) random.nextDouble();
            }
            out.put(input.name(), new Tensor(batch, input.outputShape(), data));
        }
        return out;
    }
}
