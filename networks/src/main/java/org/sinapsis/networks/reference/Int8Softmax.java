// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/** Softmax on the host, as {@link QuantizedSoftmax} specifies. */
final class Int8Softmax {
    private Int8Softmax() {
    }

    /** The probabilities, per row of the last dimension, of dequantized input codes. */
    static double[] probabilities(Int8Tensor x) {
        byte[] codes = x.codes();
        int width = x.shape().last();
        double[] p = new double[codes.length];
        for (int row = 0; row < codes.length; row += width) {
            int max = Integer.MIN_VALUE;
            for (int j = 0; j < width; j++) {
                max = Math.max(max, codes[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < width; j++) {
                p[row + j] = StrictMath.exp(codes[row + j] * x.scale() - max * x.scale());
                sum += p[row + j];
            }
            for (int j = 0; j < width; j++) {
                p[row + j] /= sum;
            }
        }
        return p;
    }

    /** The float outputs {@code (float) p}. */
    static float[] values(double[] p) {
        float[] v = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = (float) p[i];
        }
        return v;
    }

    /** The output codes {@code saturate(roundHalfAwayFromZero(127 p), 0, 127)} at scale 1/127. */
    static byte[] codes(double[] p) {
        byte[] q = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            long rounded = Int8Arithmetic.roundHalfAwayFromZero(Int8Arithmetic.CODE_MAX * p[i]);
            q[i] = (byte) Int8Arithmetic.saturate(rounded, 0, Int8Arithmetic.CODE_MAX);
        }
        return q;
    }
}
