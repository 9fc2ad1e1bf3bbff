// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.Arrays;

/**
 * Functional model of the PE array: a convolution computed tile by tile in the kernel's loop
 * order (row, column and output-channel tiles; input-channel tiles, kernel taps and tile positions
 * inside), so the order of the floating-point sums is the machine's: for each input-channel tile,
 * tap and position, the Tn products of an output channel are summed in lane order (the adder
 * tree) and added to its accumulator.
 *
 * <p>Layouts: input {@code [batch][groups x N][H][W]}, weights {@code [groups x M][N][Kh][Kw]},
 * output {@code [batch][groups x M][R][C]}. Dense layers are 1x1 convolutions with one position
 * per row. Three arithmetics: fp32; exact integers (int8 codes and fixed-point codes, summed in a
 * {@code long}, the DSP accumulator); block floating point (integer mantissas summed exactly within
 * a block of input channels, scaled by the two blocks' exponents and accumulated in fp32).
 */
final class FpgaMatrixUnit {
    private final int tm;
    private final int tn;
    private final int tr;
    private final int tc;

    /** The geometry of one convolution. */
    record Conv(int batch, int groups, int inChannels, int height, int width, int outChannels, int outRows,
            int outCols, int kernelH, int kernelW, int strideH, int strideW, int padH, int padW) {

        /** A dense layer {@code [rows][features] x [features][units]} as a 1x1 convolution. */
        static Conv dense(int rows, int features, int units) {
            return new Conv(rows, 1, features, 1, 1, units, 1, 1, 1, 1, 1, 1, 0, 0);
        }

        int inputSize() {
            return groups * inChannels * height * width;
        }

        int outputSize() {
            return groups * outChannels * outRows * outCols;
        }

        int weightIndex(int gm, int n, int i, int j) {
            return ((gm * inChannels + n) * kernelH + i) * kernelW + j;
        }
    }

    FpgaMatrixUnit(int tm, int tn, int tr, int tc) {
        this.tm = tm;
        this.tn = tn;
        this.tr = tr;
        this.tc = tc;
    }

    /** fp32: {@code out = bias + sum x w} in the tiled order. */
    float[] convFloat(Conv p, float[] x, float[] w, float[] bias) {
        float[] out = new float[p.batch() * p.outputSize()];
        int trEff = Math.min(tr, p.outRows());
        int tcEff = Math.min(tc, p.outCols());
        float[] acc = new float[tm * trEff * tcEff];
        for (int b = 0; b < p.batch(); b++) {
            for (int g = 0; g < p.groups(); g++) {
                for (int r0 = 0; r0 < p.outRows(); r0 += trEff) {
                    int rs = Math.min(trEff, p.outRows() - r0);
                    for (int c0 = 0; c0 < p.outCols(); c0 += tcEff) {
                        int cs = Math.min(tcEff, p.outCols() - c0);
                        for (int m0 = 0; m0 < p.outChannels(); m0 += tm) {
                            int ms = Math.min(tm, p.outChannels() - m0);
                            for (int m = 0; m < ms; m++) {
                                float init = bias == null ? 0f : bias[g * p.outChannels() + m0 + m];
                                Arrays.fill(acc, m * rs * cs, (m + 1) * rs * cs, init);
                            }
                            for (int n0 = 0; n0 < p.inChannels(); n0 += tn) {
                                int ns = Math.min(tn, p.inChannels() - n0);
                                for (int i = 0; i < p.kernelH(); i++) {
                                    for (int j = 0; j < p.kernelW(); j++) {
                                        for (int rr = 0; rr < rs; rr++) {
                                            int h = (r0 + rr) * p.strideH() - p.padH() + i;
                                            if (h < 0 || h >= p.height()) {
                                                continue;
                                            }
                                            for (int cc = 0; cc < cs; cc++) {
                                                int wcol = (c0 + cc) * p.strideW() - p.padW() + j;
                                                if (wcol < 0 || wcol >= p.width()) {
                                                    continue;
                                                }
                                                int xBase = ((b * p.groups() + g) * p.inChannels() + n0) * p.height()
                                                        * p.width() + h * p.width() + wcol;
                                                int plane = p.height() * p.width();
                                                for (int m = 0; m < ms; m++) {
                                                    int wBase = p.weightIndex(g * p.outChannels() + m0 + m, n0, i, j);
                                                    int wStride = p.kernelH() * p.kernelW();
                                                    float partial = 0f;
                                                    for (int n = 0; n < ns; n++) {
                                                        partial += w[wBase + n * wStride] * x[xBase + n * plane];
                                                    }
                                                    acc[(m * rs + rr) * cs + cc] += partial;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            for (int m = 0; m < ms; m++) {
                                int oBase = ((b * p.groups() + g) * p.outChannels() + m0 + m) * p.outRows() * p.outCols();
                                for (int rr = 0; rr < rs; rr++) {
                                    System.arraycopy(acc, (m * rs + rr) * cs, out, oBase + (r0 + rr) * p.outCols() + c0,
                                            cs);
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Exact integers: {@code acc = bias + sum xq wq} in a {@code long} (the order does not change
     * the sum), tile by tile; the caller rescales the accumulators.
     *
     * @param blockSize when positive, block floating point: {@code xExp} holds one exponent per
     *     pixel and block of {@code blockSize} input channels ({@code [batch][groups][blocks][H][W]}),
     *     {@code wExp} one per output channel, block and tap ({@code [groups x M][blocks][Kh][Kw]}),
     *     and each block's integer sum is scaled by {@code 2^(xExp + wExp)} into the fp32 result
     *     {@code scaled}; {@code bias} is then ignored and the returned accumulators are zero
     */
    long[] convInteger(Conv p, long[] xq, long[] wq, long[] bias, int blockSize, int[] xExp, int[] wExp,
            float[] scaled) {
        long[] out = new long[p.batch() * p.outputSize()];
        boolean bfp = blockSize > 0;
        int blocks = bfp ? (p.inChannels() + blockSize - 1) / blockSize : 1;
        int plane = p.height() * p.width();
        int taps = p.kernelH() * p.kernelW();
        for (int b = 0; b < p.batch(); b++) {
            for (int g = 0; g < p.groups(); g++) {
                for (int m = 0; m < p.outChannels(); m++) {
                    int gm = g * p.outChannels() + m;
                    int oBase = ((b * p.groups() + g) * p.outChannels() + m) * p.outRows() * p.outCols();
                    for (int r = 0; r < p.outRows(); r++) {
                        for (int c = 0; c < p.outCols(); c++) {
                            long acc = bias == null || bfp ? 0 : bias[gm];
                            float facc = 0f;
                            for (int n0 = 0; n0 < p.inChannels(); n0 += tn) {
                                int ns = Math.min(tn, p.inChannels() - n0);
                                for (int i = 0; i < p.kernelH(); i++) {
                                    int h = r * p.strideH() - p.padH() + i;
                                    if (h < 0 || h >= p.height()) {
                                        continue;
                                    }
                                    for (int j = 0; j < p.kernelW(); j++) {
                                        int wcol = c * p.strideW() - p.padW() + j;
                                        if (wcol < 0 || wcol >= p.width()) {
                                            continue;
                                        }
                                        int xBase = ((b * p.groups() + g) * p.inChannels()) * plane + h * p.width() + wcol;
                                        int wBase = p.weightIndex(gm, 0, i, j);
                                        if (!bfp) {
                                            for (int n = n0; n < n0 + ns; n++) {
                                                acc += xq[xBase + n * plane] * wq[wBase + n * taps];
                                            }
                                            continue;
                                        }
                                        int n = n0;
                                        while (n < n0 + ns) {
                                            int block = n / blockSize;
                                            int end = Math.min(n0 + ns, (block + 1) * blockSize);
                                            long sum = 0;
                                            for (; n < end; n++) {
                                                sum += xq[xBase + n * plane] * wq[wBase + n * taps];
                                            }
                                            int e = xExp[((b * p.groups() + g) * blocks + block) * plane + h * p.width() + wcol]
                                                    + wExp[(gm * blocks + block) * taps + i * p.kernelW() + j];
                                            facc += (float) Math.scalb((double) sum, e);
                                        }
                                    }
                                }
                            }
                            int o = oBase + r * p.outCols() + c;
                            out[o] = acc;
                            if (bfp) {
                                scaled[o] = facc;
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
