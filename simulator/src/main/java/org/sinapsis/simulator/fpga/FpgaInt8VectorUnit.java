// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import org.sinapsis.networks.InvalidInputException;
import org.sinapsis.networks.ir.Embedding;
import org.sinapsis.networks.ir.Node;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.ir.TensorShape;
import org.sinapsis.networks.reference.Int8Arithmetic;
import org.sinapsis.networks.reference.Int8Tensor;
import org.sinapsis.networks.reference.QuantizedAdd;
import org.sinapsis.networks.reference.QuantizedEmbedding;
import org.sinapsis.networks.reference.QuantizedTableActivation;
import org.sinapsis.networks.reference.Tensor;

/**
 * The element-wise unit in int8, each layer exactly as its quantized record documents (the
 * integer functions of {@link Int8Arithmetic}): ReLU {@code max(0, q)}; max pooling the largest
 * code of the window inside the input; average pooling {@code averagePool(sum, count)} over the
 * window elements inside the input; Sigmoid and Tanh by their 256-entry tables; residual adds
 * {@code Int8Arithmetic.add}; embeddings by table rows. Softmax runs on the host, as
 * {@link org.sinapsis.networks.reference.QuantizedSoftmax} specifies.
 */
final class FpgaInt8VectorUnit {
    private FpgaInt8VectorUnit() {
    }

    static Int8Tensor relu(Int8Tensor x) {
        byte[] in = x.codes();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = (byte) Math.max(0, in[i]);
        }
        return new Int8Tensor(x.batch(), x.shape(), out, x.scale());
    }

    static Int8Tensor pool(Node node, Int8Tensor x) {
        Pool2D p = (Pool2D) node.layer();
        TensorShape in = x.shape();
        TensorShape outShape = node.outputShape();
        int channels = in.dim(0);
        int h = in.dim(1);
        int w = in.dim(2);
        int rows = outShape.dim(1);
        int cols = outShape.dim(2);
        byte[] src = x.codes();
        byte[] out = new byte[x.batch() * channels * rows * cols];
        boolean max = p.mode() == PoolMode.MAX;
        for (int plane = 0; plane < x.batch() * channels; plane++) {
            for (int oy = 0; oy < rows; oy++) {
                int r0 = Math.max(0, oy * p.strideH() - p.padH());
                int r1 = Math.min(h, oy * p.strideH() - p.padH() + p.kernelH());
                for (int ox = 0; ox < cols; ox++) {
                    int c0 = Math.max(0, ox * p.strideW() - p.padW());
                    int c1 = Math.min(w, ox * p.strideW() - p.padW() + p.kernelW());
                    int acc = max ? Integer.MIN_VALUE : 0;
                    for (int r = r0; r < r1; r++) {
                        for (int c = c0; c < c1; c++) {
                            int v = src[(plane * h + r) * w + c];
                            acc = max ? Math.max(acc, v) : acc + v;
                        }
                    }
                    out[(plane * rows + oy) * cols + ox] = (byte) (max ? acc
                            : Int8Arithmetic.averagePool(acc, (r1 - r0) * (c1 - c0)));
                }
            }
        }
        return new Int8Tensor(x.batch(), outShape, out, x.scale());
    }

    static Int8Tensor table(QuantizedTableActivation layer, Int8Tensor x) {
        byte[] table = layer.table();
        byte[] in = x.codes();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = table[in[i] + 128];
        }
        return new Int8Tensor(x.batch(), x.shape(), out, layer.outputScale());
    }

    static Int8Tensor add(QuantizedAdd layer, Int8Tensor a, Int8Tensor b) {
        byte[] x = a.codes();
        byte[] y = b.codes();
        byte[] out = new byte[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = (byte) Int8Arithmetic.add(x[i], y[i], layer.multiplier());
        }
        return new Int8Tensor(a.batch(), layer.node().outputShape(), out, layer.outputScale());
    }

    static Int8Tensor embedding(QuantizedEmbedding layer, Tensor tokens, String network) {
        Embedding e = (Embedding) layer.node().layer();
        byte[] table = layer.table();
        float[] ids = tokens.data();
        int d = e.dimensions();
        byte[] out = new byte[ids.length * d];
        for (int i = 0; i < ids.length; i++) {
            int id = (int) ids[i];
            if (id != ids[i] || id < 0 || id >= e.vocabularySize()) {
                throw new InvalidInputException("network '" + network + "'", 0, "layer '" + layer.name() + "'",
                        "token id " + ids[i] + " is not an integer in [0, " + e.vocabularySize() + ")");
            }
            System.arraycopy(table, id * d, out, i * d, d);
        }
        return new Int8Tensor(tokens.batch(), layer.node().outputShape(), out, layer.outputScale());
    }
}
