// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Node;

/**
 * Softmax, which runs on the host in floating point: the input codes are dequantized
 * ({@code x = q inputScale} in double), {@code p_i = exp(x_i - max) / sum_j exp(x_j - max)} is
 * computed over the last dimension in double with {@link StrictMath#exp}, the float output is
 * {@code (float) p_i}, and its int8 code (for any reader) is
 * {@code saturate(roundHalfAwayFromZero(127 p_i), 0, 127)} at scale {@code 1/127}.
 *
 * @param node the softmax node
 * @param inputScale the scale of the input codes
 */
public record QuantizedSoftmax(Node node, double inputScale) implements QuantizedLayer {

    /** {@link Int8Arithmetic#UNIT_SCALE}. */
    @Override
    public double outputScale() {
        return Int8Arithmetic.UNIT_SCALE;
    }

    /** The probabilities {@code p}, per row of the last dimension, of the input codes at their scale. */
    public static double[] probabilities(Int8Tensor input) {
        byte[] codes = input.codes();
        double scale = input.scale();
        int width = input.shape().last();
        double[] p = new double[codes.length];
        for (int row = 0; row < codes.length; row += width) {
            int max = Integer.MIN_VALUE;
            for (int j = 0; j < width; j++) {
                max = Math.max(max, codes[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < width; j++) {
                p[row + j] = StrictMath.exp(codes[row + j] * scale - max * scale);
                sum += p[row + j];
            }
            for (int j = 0; j < width; j++) {
                p[row + j] /= sum;
            }
        }
        return p;
    }

    /** The float outputs {@code (float) p}. */
    public static float[] values(double[] p) {
        float[] v = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = (float) p[i];
        }
        return v;
    }

    /** The output codes {@code saturate(roundHalfAwayFromZero(127 p), 0, 127)}, at scale 1/127. */
    public static byte[] codes(double[] p) {
        byte[] q = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            long rounded = Int8Arithmetic.roundHalfAwayFromZero(Int8Arithmetic.CODE_MAX * p[i]);
            q[i] = (byte) Int8Arithmetic.saturate(rounded, 0, Int8Arithmetic.CODE_MAX);
        }
        return q;
    }
}
