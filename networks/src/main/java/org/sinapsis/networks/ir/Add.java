// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/** Element-wise sum of two inputs of the same shape (residual connections). */
public record Add() implements Layer {

    @Override
    public String kind() {
        return "Add";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.VECTOR;
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        if (!inputs.get(0).equals(inputs.get(1))) {
            throw new IllegalArgumentException("Add needs inputs of the same shape, got " + inputs.get(0) + " and "
                    + inputs.get(1));
        }
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
