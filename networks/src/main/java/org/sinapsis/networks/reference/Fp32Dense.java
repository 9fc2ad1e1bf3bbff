// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Dense;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.TensorShape;

/** Dense: {@code y = x W + b} over the last dimension, every leading position a row of one GEMM. */
final class Fp32Dense implements Fp32Op {
    private final TensorShape outputShape;
    private final int features;
    private final Fp32Gemm gemm;
    private final float[] bias;

    Fp32Dense(Node node, NetworkParameters parameters) {
        Dense dense = (Dense) node.layer();
        outputShape = node.outputShape();
        features = node.inputShapes().get(0).last();
        gemm = new Fp32Gemm(parameters.view(node.name(), "weight"), features, dense.units());
        bias = dense.bias() ? parameters.view(node.name(), "bias") : null;
    }

    @Override
    public Tensor apply(Tensor[] inputs, ParallelTasks tasks) {
        Tensor x = inputs[0];
        int rows = x.data().length / features;
        return new Tensor(x.batch(), outputShape, gemm.multiply(x.data(), rows, bias, tasks));
    }
}
