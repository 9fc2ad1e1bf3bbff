// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * Fully connected layer {@code y = x W + b}, applied to the last dimension of its input (so a
 * {@code [T, F]} input gives {@code [T, units]}, as in Keras).
 *
 * <p>Parameters: {@code weight [F, units]} (row-vector convention: the input row times the
 * matrix), then {@code bias [units]} when {@code bias} is true. Loop nest: {@code N = batch * rows,
 * M = units, C = F}, where rows is the product of all input dimensions but the last.
 *
 * @param units output features
 * @param bias whether the layer adds a bias
 */
public record Dense(int units, boolean bias) implements Layer {

    /** Validates the configuration. */
    public Dense {
        if (units < 1) {
            throw new IllegalArgumentException("Dense units must be >= 1, got " + units);
        }
    }

    /** A Dense layer with a bias. */
    public static Dense of(int units) {
        return new Dense(units, true);
    }

    @Override
    public String kind() {
        return "Dense";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.FC;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return inputs.get(0).withLast(units);
    }

    @Override
    public List<ParameterSpec> parameters(List<TensorShape> inputs) {
        List<ParameterSpec> list = new ArrayList<>();
        list.add(new ParameterSpec("weight", TensorShape.of(inputs.get(0).last(), units)));
        if (bias) {
            list.add(new ParameterSpec("bias", TensorShape.of(units)));
        }
        return list;
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        TensorShape in = inputs.get(0);
        long rows = in.elements() / in.last();
        return LoopBounds.builder().set(Dim.N, batch * rows).set(Dim.M, units).set(Dim.C, in.last()).build();
    }

    @Override
    public String describe() {
        return units + (bias ? "" : " no-bias");
    }
}
