// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

import java.util.List;

/** Reshapes any input to {@code [elements]} in row-major order (channels outermost). No work. */
public record Flatten() implements Layer {

    @Override
    public String kind() {
        return "Flatten";
    }

    @Override
    public LayerCategory category() {
        return LayerCategory.RESHAPE;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        long n = inputs.get(0).elements();
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Flatten output of " + n + " elements is too large");
        }
        return TensorShape.of((int) n);
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
