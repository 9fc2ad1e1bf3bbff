// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;
import java.util.Optional;

/**
 * A layer in its place in a {@link Network}: its unique name, the nodes it reads and the shapes
 * resolved by shape inference. Per-example and per-batch work follow from the layer's loop nest.
 *
 * @param name unique within the network
 * @param layer the operation
 * @param inputs the names of the nodes this one reads, in the layer's argument order
 * @param inputShapes the per-example shapes of those inputs
 * @param outputShape the per-example shape this node produces
 */
public record Node(String name, Layer layer, List<String> inputs, List<TensorShape> inputShapes,
        TensorShape outputShape) {

    /** Copies the lists. */
    public Node {
        inputs = List.copyOf(inputs);
        inputShapes = List.copyOf(inputShapes);
    }

    /** The loop nest for a batch of {@code batch} examples. */
    public LoopBounds loops(int batch) {
        return layer.loops(inputShapes, outputShape, batch);
    }

    /** Multiply-accumulates for one example: the nest's product for matrix layers, else 0. */
    public long macs() {
        return layer.matrixWork() ? loops(1).product() : 0;
    }

    /** The layer's trainable tensors. */
    public List<ParameterSpec> parameterSpecs() {
        return layer.parameters(inputShapes);
    }

    /** Number of trainable values (weights and biases). */
    public long parameters() {
        return parameterSpecs().stream().mapToLong(p -> p.shape().elements()).sum();
    }

    /**
     * The matrix view for a batch: {@code m = N P Q, n = M, k = C R S, instances = G T} from the
     * loop nest (see {@link GemmView}); empty for layers without matrix work.
     */
    public Optional<GemmView> gemm(int batch) {
        if (!layer.matrixWork()) {
            return Optional.empty();
        }
        LoopBounds l = loops(batch);
        return Optional.of(new GemmView(
                l.bound(Dim.N) * l.bound(Dim.P) * l.bound(Dim.Q),
                l.bound(Dim.M),
                l.bound(Dim.C) * l.bound(Dim.R) * l.bound(Dim.S),
                l.bound(Dim.G) * l.bound(Dim.T)));
    }
}
