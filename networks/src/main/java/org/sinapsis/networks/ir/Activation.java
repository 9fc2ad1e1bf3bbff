// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * A nonlinearity applied to every element (softmax: along the last dimension). The output shape
 * is the input shape.
 *
 * @param function which nonlinearity
 */
public record Activation(ActivationFunction function) implements Layer {

    /** ReLU. */
    public static Activation relu() {
        return new Activation(ActivationFunction.RELU);
    }

    /** Sigmoid. */
    public static Activation sigmoid() {
        return new Activation(ActivationFunction.SIGMOID);
    }

    /** Tanh. */
    public static Activation tanh() {
        return new Activation(ActivationFunction.TANH);
    }

    /** Softmax over the last dimension. */
    public static Activation softmax() {
        return new Activation(ActivationFunction.SOFTMAX);
    }

    @Override
    public String kind() {
        return function.displayName();
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.VECTOR;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return inputs.get(0);
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        return LoopBounds.builder().set(Dim.N, batch).set(Dim.C, output.elements()).build();
    }

    @Override
    public String describe() {
        return "";
    }
}
