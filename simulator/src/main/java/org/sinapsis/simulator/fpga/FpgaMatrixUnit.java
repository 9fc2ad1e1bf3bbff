// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Functional model of the PE array: a convolution computed as the array computes it. Every output
 * value is independent of the others, so the output-channel and spatial tiles change no value; the
 * input-channel tiles set the order of the sums: for each input-channel tile and kernel tap, the
 * Tn products of an output value are summed in lane order (the adder tree) and added to its
 * accumulator.
 *
 * <p>Layouts: input {@code [batch][groups x N][H][W]}, weights {@code [groups x M][N][Kh][Kw]},
 * output {@code [batch][groups x M][R][C]}. Dense layers are 1x1 convolutions with one position
 * per row. Three arithmetics: fp32; exact integers (int8 codes and fixed-point codes, summed in a
 * {@code long}, the DSP accumulator); block floating point (integer mantissas summed exactly within
 * a block of input channels, scaled by the two blocks' exponents and accumulated in fp32).
 */
final class FpgaMatrixUnit {
    private final int tn;

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

    /** A unit whose array takes {@code tn} input channels per cycle. */
    FpgaMatrixUnit(int tn) {
        this.tn = tn;
    }

    /**
     * fp32: {@code out = bias + sum x w}. Per output value the order is the machine's: input-channel
     * tiles, then taps, each tap's Tn products summed in lane order and added to the accumulator.
     * Output channels run in parallel; each value is computed by one task, so the result does not
     * depend on the threads.
     */
    float[] convFloat(Conv p, float[] x, float[] w, float[] bias) {
        float[] out = new float[p.batch() * p.outputSize()];
        IntStream.range(0, p.batch() * p.groups() * p.outChannels()).parallel()
                .forEach(task -> convFloatChannel(p, x, w, bias, task, out));
        return out;
    }

    /** One output channel of one example ({@code task = (b G + g) M + m}). */
    private void convFloatChannel(Conv p, float[] x, float[] w, float[] bias, int task, float[] out) {
        int positions = p.outRows() * p.outCols();
        int gm = task % (p.groups() * p.outChannels());
        int bg = task / p.outChannels();
        float[] acc = new float[positions];
        float[] partial = new float[positions];
        Arrays.fill(acc, bias == null ? 0f : bias[gm]);
        for (int n0 = 0; n0 < p.inChannels(); n0 += tn) {
            int n1 = Math.min(p.inChannels(), n0 + tn);
            for (int i = 0; i < p.kernelH(); i++) {
                for (int j = 0; j < p.kernelW(); j++) {
                    Arrays.fill(partial, 0f);
                    for (int n = n0; n < n1; n++) {
                        float wv = w[p.weightIndex(gm, n, i, j)];
                        int plane = (bg * p.inChannels() + n) * p.height() * p.width();
                        for (int r = 0; r < p.outRows(); r++) {
                            int h = r * p.strideH() - p.padH() + i;
                            if (h < 0 || h >= p.height()) {
                                continue;
                            }
                            int row = plane + h * p.width();
                            int o = r * p.outCols();
                            for (int c = 0; c < p.outCols(); c++) {
                                int col = c * p.strideW() - p.padW() + j;
                                if (col >= 0 && col < p.width()) {
                                    partial[o + c] += wv * x[row + col];
                                }
                            }
                        }
                    }
                    for (int k = 0; k < positions; k++) {
                        acc[k] += partial[k];
                    }
                }
            }
        }
        System.arraycopy(acc, 0, out, task * positions, positions);
    }

    /**
     * Exact integers: {@code acc = bias + sum xq wq} in a {@code long} (the order does not change
     * the sum); the caller rescales the accumulators. Output channels run in parallel.
     *
     * @param blockSize when positive, block floating point: {@code xExp} holds one exponent per
     *     pixel and block of {@code blockSize} input channels ({@code [batch][groups][blocks][H][W]}),
     *     {@code wExp} one per output channel, block and tap ({@code [groups x M][blocks][Kh][Kw]});
     *     each block's integer sum (within one input-channel tile) is scaled by
     *     {@code 2^(xExp + wExp)} and accumulated in fp32 into {@code scaled}, in the machine's order;
     *     {@code bias} is then ignored and the returned accumulators are zero
     */
    long[] convInteger(Conv p, long[] xq, long[] wq, long[] bias, int blockSize, int[] xExp, int[] wExp,
            float[] scaled) {
        long[] out = new long[p.batch() * p.outputSize()];
        IntStream.range(0, p.batch() * p.groups() * p.outChannels()).parallel()
                .forEach(task -> convIntegerChannel(p, xq, wq, bias, blockSize, xExp, wExp, scaled, task, out));
        return out;
    }

    /** One output channel of one example ({@code task = (b G + g) M + m}). */
    private void convIntegerChannel(Conv p, long[] xq, long[] wq, long[] bias, int blockSize, int[] xExp,
            int[] wExp, float[] scaled, int task, long[] out) {
        int positions = p.outRows() * p.outCols();
        int plane = p.height() * p.width();
        int taps = p.kernelH() * p.kernelW();
        boolean bfp = blockSize > 0;
        int blocks = bfp ? (p.inChannels() + blockSize - 1) / blockSize : 1;
        int gm = task % (p.groups() * p.outChannels());
        int bg = task / p.outChannels();
        long[] acc = new long[positions];
        long[] partial = new long[positions];
        float[] facc = new float[positions];
        Arrays.fill(acc, bias == null || bfp ? 0 : bias[gm]);
        for (int n0 = 0; n0 < p.inChannels(); n0 += tn) {
            int n1 = Math.min(p.inChannels(), n0 + tn);
            for (int i = 0; i < p.kernelH(); i++) {
                for (int j = 0; j < p.kernelW(); j++) {
                    int n = n0;
                    while (n < n1) {
                        int block = bfp ? n / blockSize : 0;
                        int end = bfp ? Math.min(n1, (block + 1) * blockSize) : n1;
                        long[] sums = bfp ? partial : acc;
                        if (bfp) {
                            Arrays.fill(partial, 0);
                        }
                        for (; n < end; n++) {
                            long wv = wq[p.weightIndex(gm, n, i, j)];
                            int base = (bg * p.inChannels() + n) * plane;
                            for (int r = 0; r < p.outRows(); r++) {
                                int h = r * p.strideH() - p.padH() + i;
                                if (h < 0 || h >= p.height()) {
                                    continue;
                                }
                                int row = base + h * p.width();
                                int o = r * p.outCols();
                                for (int c = 0; c < p.outCols(); c++) {
                                    int col = c * p.strideW() - p.padW() + j;
                                    if (col >= 0 && col < p.width()) {
                                        sums[o + c] += wv * xq[row + col];
                                    }
                                }
                            }
                        }
                        if (bfp) {
                            int we = wExp[(gm * blocks + block) * taps + i * p.kernelW() + j];
                            int xBase = (bg * blocks + block) * plane;
                            for (int r = 0; r < p.outRows(); r++) {
                                int h = r * p.strideH() - p.padH() + i;
                                for (int c = 0; c < p.outCols(); c++) {
                                    int col = c * p.strideW() - p.padW() + j;
                                    int o = r * p.outCols() + c;
                                    if (h >= 0 && h < p.height() && col >= 0 && col < p.width() && partial[o] != 0) {
                                        facc[o] += (float) Math.scalb((double) partial[o],
                                                xExp[xBase + h * p.width() + col] + we);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        System.arraycopy(acc, 0, out, task * positions, positions);
        if (bfp) {
            System.arraycopy(facc, 0, scaled, task * positions, positions);
        }
    }
}
