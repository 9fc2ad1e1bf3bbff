// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

/** Embedding: copies table row {@code id} for every token id. */
final class Fp32Embedding implements Fp32Op {
    private final String networkName;
    private final String nodeName;
    private final Embedding embedding;
    private final TensorShape outputShape;
    private final float[] table;

    Fp32Embedding(String networkName, Node node, NetworkParameters parameters) {
        this.networkName = networkName;
        this.nodeName = node.name();
        this.embedding = (Embedding) node.layer();
        this.outputShape = node.outputShape();
        this.table = parameters.view(node.name(), "table");
    }

    @Override
    public Tensor apply(Tensor[] inputs, ParallelTasks tasks) {
        int[] ids = TokenIds.read(inputs[0], embedding.vocabularySize(), networkName, nodeName);
        int d = embedding.dimensions();
        float[] out = new float[ids.length * d];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(table, ids[i] * d, out, i * d, d);
        }
        return new Tensor(inputs[0].batch(), outputShape, out);
    }
}
