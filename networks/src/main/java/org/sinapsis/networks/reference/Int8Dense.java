// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.TensorShape;

/** Dense in int8 (see {@link QuantizedMatrixLayer}): every leading position is a row of one GEMM. */
final class Int8Dense implements Int8Op {
    private final TensorShape outputShape;
    private final double outputScale;
    private final int features;
    private final int units;
    private final int[][][] packedWeights;
    private final int[] bias;
    private final FixedPointMultiplier[] multipliers;

    Int8Dense(QuantizedMatrixLayer layer) {
        outputShape = layer.node().outputShape();
        outputScale = layer.outputScale();
        features = layer.depth();
        units = layer.channels();
        packedWeights = Int8Gemm.pack(layer.weights(), 0, features, units, units, 1);
        bias = layer.bias();
        multipliers = layer.multipliers();
    }

    @Override
    public Int8Tensor apply(Int8Tensor[] inputs, ParallelTasks tasks) {
        Int8Tensor x = inputs[0];
        int rows = x.codes().length / features;
        byte[] out = new byte[rows * units];
        Int8Gemm.multiply(x.codes(), rows, features, packedWeights, bias, tasks, (row, col0, acc, width) -> {
            int base = row * units + col0;
            for (int j = 0; j < width; j++) {
                out[base + j] = (byte) Int8Arithmetic.requantize(acc[j], multipliers[col0 + j]);
            }
        });
        return new Int8Tensor(x.batch(), outputShape, out, outputScale);
    }
}
