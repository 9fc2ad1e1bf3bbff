// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Gru;
import org.sinapsis.networks.ir.Lstm;
import org.sinapsis.networks.ir.Pool2D;
import org.sinapsis.networks.ir.PoolMode;
import org.sinapsis.networks.ir.TensorShape;

/**
 * The int8 equations written as plain loops from the public records and {@link Int8Arithmetic}
 * only, the way a machine would read the specification: the oracle the optimized executor must
 * match bit for bit.
 */
final class NaiveInt8 {
    private NaiveInt8() {
    }

    static byte[] dense(QuantizedMatrixLayer layer, byte[] x) {
        byte[] w = layer.weights();
        int[] bias = layer.bias();
        FixedPointMultiplier[] m = layer.multipliers();
        int units = layer.channels();
        int in = layer.depth();
        int rows = x.length / in;
        byte[] y = new byte[rows * units];
        for (int r = 0; r < rows; r++) {
            for (int u = 0; u < units; u++) {
                int acc = bias[u];
                for (int f = 0; f < in; f++) {
                    acc += x[r * in + f] * w[f * units + u];
                }
                y[r * units + u] = (byte) Int8Arithmetic.requantize(acc, m[u]);
            }
        }
        return y;
    }

    static byte[] conv(QuantizedMatrixLayer layer, byte[] x, int batch) {
        Conv2D conv = (Conv2D) layer.node().layer();
        TensorShape in = layer.node().inputShapes().get(0);
        TensorShape out = layer.node().outputShape();
        int c = in.dim(0);
        int h = in.dim(1);
        int wd = in.dim(2);
        int m = out.dim(0);
        int p = out.dim(1);
        int q = out.dim(2);
        int cg = c / conv.groups();
        int mg = m / conv.groups();
        byte[] w = layer.weights();
        int[] bias = layer.bias();
        FixedPointMultiplier[] mult = layer.multipliers();
        byte[] y = new byte[batch * m * p * q];
        for (int n = 0; n < batch; n++) {
            for (int oc = 0; oc < m; oc++) {
                int g = oc / mg;
                for (int oy = 0; oy < p; oy++) {
                    for (int ox = 0; ox < q; ox++) {
                        int acc = bias[oc];
                        for (int ic = 0; ic < cg; ic++) {
                            for (int r = 0; r < conv.kernelH(); r++) {
                                for (int s = 0; s < conv.kernelW(); s++) {
                                    int iy = oy * conv.strideH() - conv.padH() + r;
                                    int ix = ox * conv.strideW() - conv.padW() + s;
                                    if (iy >= 0 && iy < h && ix >= 0 && ix < wd) {
                                        acc += x[((n * c + g * cg + ic) * h + iy) * wd + ix]
                                                * w[((oc * cg + ic) * conv.kernelH() + r) * conv.kernelW() + s];
                                    }
                                }
                            }
                        }
                        y[((n * m + oc) * p + oy) * q + ox] = (byte) Int8Arithmetic.requantize(acc, mult[oc]);
                    }
                }
            }
        }
        return y;
    }

    static byte[] pool(QuantizedSameScale layer, byte[] x, int batch) {
        Pool2D pool = (Pool2D) layer.node().layer();
        TensorShape in = layer.node().inputShapes().get(0);
        TensorShape out = layer.node().outputShape();
        int c = in.dim(0);
        int h = in.dim(1);
        int wd = in.dim(2);
        int p = out.dim(1);
        int q = out.dim(2);
        byte[] y = new byte[batch * c * p * q];
        for (int n = 0; n < batch; n++) {
            for (int ch = 0; ch < c; ch++) {
                for (int oy = 0; oy < p; oy++) {
                    for (int ox = 0; ox < q; ox++) {
                        int max = -128;
                        int sum = 0;
                        int count = 0;
                        for (int r = 0; r < pool.kernelH(); r++) {
                            for (int s = 0; s < pool.kernelW(); s++) {
                                int iy = oy * pool.strideH() - pool.padH() + r;
                                int ix = ox * pool.strideW() - pool.padW() + s;
                                if (iy >= 0 && iy < h && ix >= 0 && ix < wd) {
                                    int v = x[((n * c + ch) * h + iy) * wd + ix];
                                    max = Math.max(max, v);
                                    sum += v;
                                    count++;
                                }
                            }
                        }
                        y[((n * c + ch) * p + oy) * q + ox] =
                                (byte) (pool.mode() == PoolMode.MAX ? max : Int8Arithmetic.averagePool(sum, count));
                    }
                }
            }
        }
        return y;
    }

    /** LSTM or GRU for one batch of {@code [T, F]} input codes. */
    static byte[] recurrent(QuantizedRecurrentLayer layer, byte[] x, int batch) {
        TensorShape in = layer.node().inputShapes().get(0);
        int steps = in.dim(0);
        int f = in.dim(1);
        int h = layer.units();
        int cols = layer.gateMultipliers().length;
        boolean sequences = layer.lstm() ? ((Lstm) layer.node().layer()).returnSequences()
                : ((Gru) layer.node().layer()).returnSequences();
        byte[] kernel = layer.kernel();
        byte[] rec = layer.recurrent();
        int[] kb = layer.kernelBias();
        int[] rb = layer.recurrentBias();
        TwoTermMultiplier[] m = layer.gateMultipliers();
        byte[] out = new byte[sequences ? batch * steps * h : batch * h];
        for (int n = 0; n < batch; n++) {
            int[] hidden = new int[h];
            int[] cell = new int[h];
            for (int t = 0; t < steps; t++) {
                int[] ax = new int[cols];
                int[] ah = new int[cols];
                for (int j = 0; j < cols; j++) {
                    ax[j] = kb[j];
                    for (int k = 0; k < f; k++) {
                        ax[j] += x[(n * steps + t) * f + k] * kernel[k * cols + j];
                    }
                    ah[j] = rb[j];
                    for (int k = 0; k < h; k++) {
                        ah[j] += hidden[k] * rec[k * cols + j];
                    }
                }
                int[] next = new int[h];
                for (int j = 0; j < h; j++) {
                    if (layer.lstm()) {
                        int i = Int8Arithmetic.sigmoidQ15(Int8Arithmetic.gatePreactivationQ12(ax[j], ah[j], m[j]));
                        int fg = Int8Arithmetic.sigmoidQ15(
                                Int8Arithmetic.gatePreactivationQ12(ax[h + j], ah[h + j], m[h + j]));
                        int g = Int8Arithmetic.tanhQ15(
                                Int8Arithmetic.gatePreactivationQ12(ax[2 * h + j], ah[2 * h + j], m[2 * h + j]));
                        int o = Int8Arithmetic.sigmoidQ15(
                                Int8Arithmetic.gatePreactivationQ12(ax[3 * h + j], ah[3 * h + j], m[3 * h + j]));
                        cell[j] = Int8Arithmetic.lstmCellQ12(fg, cell[j], i, g);
                        next[j] = Int8Arithmetic.lstmHiddenCode(o, cell[j]);
                    } else {
                        int z = Int8Arithmetic.sigmoidQ15(Int8Arithmetic.gatePreactivationQ12(ax[j], ah[j], m[j]));
                        int r = Int8Arithmetic.sigmoidQ15(
                                Int8Arithmetic.gatePreactivationQ12(ax[h + j], ah[h + j], m[h + j]));
                        TwoTermMultiplier mn = m[2 * h + j];
                        int a = Int8Arithmetic.toQ12(ax[2 * h + j], mn.mantissaA(), mn.shift());
                        int b = Int8Arithmetic.toQ12(ah[2 * h + j], mn.mantissaB(), mn.shift());
                        int cand = Int8Arithmetic.tanhQ15(Int8Arithmetic.gruCandidateQ12(a, r, b));
                        next[j] = Int8Arithmetic.gruHiddenCode(z, cand, hidden[j]);
                    }
                }
                hidden = next;
                if (sequences) {
                    for (int j = 0; j < h; j++) {
                        out[(n * steps + t) * h + j] = (byte) hidden[j];
                    }
                }
            }
            if (!sequences) {
                for (int j = 0; j < h; j++) {
                    out[n * h + j] = (byte) hidden[j];
                }
            }
        }
        return out;
    }
}
