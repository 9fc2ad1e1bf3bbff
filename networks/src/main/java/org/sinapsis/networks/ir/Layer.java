// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * One operation of the network IR: its configuration, never its place in a graph (that is a
 * {@link Node}) and never a machine-specific shape.
 *
 * <p>Each layer answers the same questions, so analysis never switches on the layer type: its
 * output shape, its trainable tensors and its loop nest. A layer with {@linkplain #matrixWork()
 * matrix work} does one multiply-accumulate per iteration of its nest, so its MACs are the product
 * of its loop bounds and its {@link GemmView} follows from the bounds (see {@link Node#gemm}).
 */
public sealed interface Layer permits Input, Dense, Conv2D, Pool2D, Flatten, Add, Activation, Lstm, Gru, Embedding {

    /** The layer type as users write it: {@code Dense}, {@code Conv2D}, {@code MaxPool}... */
    String kind();

    /** What kind of hardware work this layer is. */
    LayerCategory category();

    /** How many inputs the layer takes (0 for {@link Input}, 2 for {@link Add}). */
    default int arity() {
        return 1;
    }

    /**
     * The output shape for the given input shapes.
     *
     * @throws IllegalArgumentException with a one-line detail (no layer name: the caller adds it)
     *     when the inputs do not fit this layer
     */
    TensorShape outputShape(List<TensorShape> inputs);

    /** The layer's trainable tensors for these inputs, in a fixed order; empty when it has none. */
    default List<ParameterSpec> parameters(List<TensorShape> inputs) {
        return List.of();
    }

    /** Whether every iteration of {@link #loops} is one multiply-accumulate (conv, FC, recurrent). */
    default boolean matrixWork() {
        return category() == LayerCategory.CONV || category() == LayerCategory.FC
                || category() == LayerCategory.RECURRENT;
    }

    /** The layer's loop nest for one batch of {@code batch} examples. */
    LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch);

    /** A short human description of the configuration, such as {@code 96 11x11/4 pad 0}. */
    String describe();
}
