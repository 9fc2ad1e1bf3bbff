// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

/**
 * The FPGA datapath's number formats, as quantizers of fp32 values.
 *
 * <p><b>Fixed point</b> ({@code int16}, {@code fixed18}): two's complement with {@code bits} bits
 * and a per-tensor binary point chosen so the tensor's largest magnitude fits:
 * {@code f = bits - 1 - ceil(log2 maxAbs)}; a value becomes
 * {@code clamp(round(v 2^f), -(2^(bits-1) - 1), 2^(bits-1) - 1)} (round half away from zero), the
 * dynamic fixed point of Qiu et al. (FPGA 2016) with one format per tensor.
 *
 * <p><b>Block floating point</b> ({@code bfp8}): values in blocks share the exponent
 * {@code e = floor(log2 max|v|)} of the block's largest magnitude; each keeps a sign and
 * {@code m} mantissa bits, {@code q = clamp(round(v 2^(m - 1 - e)), -(2^m - 1), 2^m - 1)}, standing
 * for {@code q 2^(e + 1 - m)}. The shared exponent's range is not limited.
 */
final class FpgaNumberFormats {
    private FpgaNumberFormats() {
    }

    /** The fractional bits of a {@code bits}-bit fixed-point tensor whose largest magnitude is {@code maxAbs}. */
    static int fractionalBits(int bits, double maxAbs) {
        if (!(maxAbs > 0) || !Double.isFinite(maxAbs)) {
            return bits - 1;
        }
        return bits - 1 - Math.getExponent(maxAbs) - (isPowerOfTwo(maxAbs) ? 0 : 1);
    }

    private static boolean isPowerOfTwo(double v) {
        return v == Math.scalb(1.0, Math.getExponent(v));
    }

    /** The fixed-point code of {@code v} with {@code fraction} fractional bits. */
    static long toFixed(double v, int bits, int fraction) {
        long max = (1L << (bits - 1)) - 1;
        double scaled = Math.scalb(v, fraction);
        long q = (long) (scaled >= 0 ? Math.floor(scaled + 0.5) : -Math.floor(-scaled + 0.5));
        return Math.max(-max, Math.min(max, q));
    }

    /** Every value's fixed-point code. */
    static long[] toFixed(float[] values, int bits, int fraction) {
        long[] q = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            q[i] = toFixed(values[i], bits, fraction);
        }
        return q;
    }

    /** The largest magnitude of {@code values}. */
    static double maxAbs(float[] values) {
        double m = 0;
        for (float v : values) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /**
     * Quantizes one block of block floating point: fills {@code mantissas} at {@code at[k]} for
     * the block's values and returns the scale exponent {@code e + 1 - m} of its codes.
     *
     * @param values the values, read at the indices {@code at}
     */
    static int toBlock(float[] values, int[] at, int count, int mantissaBits, long[] mantissas) {
        double max = 0;
        for (int k = 0; k < count; k++) {
            max = Math.max(max, Math.abs(values[at[k]]));
        }
        if (max == 0) {
            for (int k = 0; k < count; k++) {
                mantissas[at[k]] = 0;
            }
            return 0;
        }
        int scale = Math.getExponent(max) + 1 - mantissaBits;
        long limit = (1L << mantissaBits) - 1;
        for (int k = 0; k < count; k++) {
            double scaled = Math.scalb((double) values[at[k]], -scale);
            long q = (long) (scaled >= 0 ? Math.floor(scaled + 0.5) : -Math.floor(-scaled + 0.5));
            mantissas[at[k]] = Math.max(-limit, Math.min(limit, q));
        }
        return scale;
    }
}
