// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/**
 * A network input of a fixed per-example shape. Does no work.
 *
 * @param shape the shape of one example
 */
public record Input(TensorShape shape) implements Layer {

    @Override
    public String kind() {
        return "Input";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.INPUT;
    }

    @Override
    public int arity() {
        return 0;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return shape;
    }

    @Override
    public LoopBounds loops(List<TensorShape> inputs, TensorShape output, int batch) {
        return LoopBounds.builder().set(Dim.N, batch).set(Dim.C, shape.elements()).build();
    }

    @Override
    public String describe() {
        return shape.toString();
    }
}
