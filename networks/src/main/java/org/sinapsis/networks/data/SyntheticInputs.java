// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Network;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.reference.Tensor;

/**
 * Deterministic random inputs for any network, for functional runs and calibration when no real
 * data set is at hand.
 *
 * <p>Every input node gets a batch of its shape: uniform floats in {@code [0, 1)}
 * ({@link Random#nextFloat()}), as for images scaled to the unit range, or, for an input that an
 * {@link Embedding} reads, integer token ids uniform in {@code [0, V)} stored as exact floats,
 * with V the smallest vocabulary of the Embeddings that read it. Each input draws from its own
 * {@link Random} seeded from {@code seed} and the input's name, so adding an input never changes
 * the values of another, and the same seed gives the same values on every platform.
 */
public final class SyntheticInputs {
    private SyntheticInputs() {
    }

    /**
     * One tensor per input node, by name in network order.
     *
     * @param batch examples per tensor, at least 1
     * @throws IllegalArgumentException when {@code batch < 1} or a tensor would exceed
     *     {@link Integer#MAX_VALUE} values
     */
    public static Map<String, Tensor> generate(Network network, int batch, long seed) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
        Map<String, Tensor> inputs = new LinkedHashMap<>();
        for (Node input : network.inputs()) {
            long count = batch * input.outputShape().elements();
            if (count > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("input '" + input.name() + "' of batch " + batch + " would hold "
                        + count + " values");
            }
            Random random = new Random(mix(seed, input.name()));
            float[] data = new float[(int) count];
            int vocabulary = vocabulary(network, input);
            for (int i = 0; i < data.length; i++) {
                data[i] = vocabulary > 0 ? random.nextInt(vocabulary) : random.nextFloat();
            }
            inputs.put(input.name(), new Tensor(batch, input.outputShape(), data));
        }
        return inputs;
    }

    /** The smallest vocabulary among the Embeddings reading {@code input}, or 0 when none does. */
    private static int vocabulary(Network network, Node input) {
        int v = 0;
        for (Node reader : network.consumers(input.name())) {
            if (reader.layer() instanceof Embedding e) {
                v = v == 0 ? e.vocabularySize() : Math.min(v, e.vocabularySize());
            }
        }
        return v;
    }

    /** A 64-bit seed from the user's seed and the input's name (SplitMix64 finalizer). */
    private static long mix(long seed, String name) {
        long h = seed * 0x9E3779B97F4A7C15L + name.hashCode();
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }
}
