// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Embedding;

/** Embedding in int8 (see {@link QuantizedEmbedding}): copies table row t for token id t. */
final class Int8Embedding {
    private final QuantizedEmbedding layer;
    private final Embedding embedding;
    private final byte[] table;
    private final String networkName;

    Int8Embedding(QuantizedEmbedding layer, String networkName) {
        this.layer = layer;
        this.embedding = (Embedding) layer.node().layer();
        this.table = layer.table();
        this.networkName = networkName;
    }

    /** The output codes for a tensor of token ids. */
    Int8Tensor lookup(Tensor tokens) {
        int[] ids = TokenIds.read(tokens, embedding.vocabularySize(), networkName, layer.name());
        int d = embedding.dimensions();
        byte[] out = new byte[ids.length * d];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(table, ids[i] * d, out, i * d, d);
        }
        return new Int8Tensor(tokens.batch(), layer.node().outputShape(), out, layer.outputScale());
    }
}
