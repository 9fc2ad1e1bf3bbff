// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.InvalidInputException;

/** Reads the token ids an Embedding looks up: exact integers in {@code [0, vocabularySize)}. */
final class TokenIds {
    private TokenIds() {
    }

    /**
     * The ids of a token tensor, in tensor order.
     *
     * @throws InvalidInputException naming the network, the layer and the position of the first
     *     value that is not an integer in {@code [0, vocabularySize)}
     */
    static int[] read(Tensor tokens, int vocabularySize, String networkName, String layerName) {
        float[] data = tokens.data();
        int[] ids = new int[data.length];
        int perExample = tokens.exampleSize();
        for (int i = 0; i < data.length; i++) {
            float v = data[i];
            int id = (int) v;
            if (id != v || id < 0 || id >= vocabularySize) {
                throw new InvalidInputException("network '" + networkName + "'", 0, "layer '" + layerName + "'",
                        "example " + i / perExample + " position " + i % perExample + ": token id " + v
                                + " is not an integer in [0, " + vocabularySize + ")");
            }
            ids[i] = id;
        }
        return ids;
    }
}
