// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.ActivationFunction;

/**
 * The integer arithmetic of the int8 reference, in one place: the {@link Int8Executor} and every
 * int8 machine (TPU, FPGA) call these functions, so the machines reproduce the reference bit for
 * bit.
 *
 * <h2>Number formats</h2>
 * <ul>
 *   <li><b>int8 codes</b>: symmetric, zero point 0, real value {@code q * scale}. Weights and
 *       activations use {@code [-127, 127]}; -128 is never produced, so negation never overflows
 *       and the range is symmetric.</li>
 *   <li><b>int32 accumulators</b>: sums of int8 x int8 products plus an int32 bias. A product is at
 *       most {@code 127 * 127 = 16129} in magnitude, so a depth-K sum is at most {@code 16129 K};
 *       the quantizer limits K to {@value #MAX_ACCUMULATION_DEPTH} and clamps biases to
 *       {@code +-(2^31 - 1 - 16129 K)}, so every partial sum fits int32 exactly.</li>
 *   <li><b>Q3.12</b> (int16, value {@code v / 4096}, range [-8, 8)): LSTM and GRU gate
 *       pre-activations and the LSTM cell state, saturated to {@code [-32767, 32767]}.</li>
 *   <li><b>Q0.15</b> (int16, value {@code v / 32768}): sigmoid outputs in {@code [0, 32767]} and
 *       tanh outputs in {@code [-32767, 32767]}.</li>
 *   <li><b>Unit scale</b> {@code 1/127} ({@link #UNIT_SCALE}): the int8 scale of the outputs of
 *       Sigmoid, Tanh and Softmax, and of LSTM/GRU hidden states.</li>
 * </ul>
 *
 * <h2>Rounding</h2>
 * <ul>
 *   <li>Quantizing a real (inputs, weights, biases, tables) rounds half away from zero
 *       ({@link #roundHalfAwayFromZero}), computed in double.</li>
 *   <li>Every integer rescaling is a single {@link #roundShift}: add half, arithmetic shift right,
 *       which rounds half toward +infinity. Average pooling rounds the same way.</li>
 *   <li>Every narrowing saturates ({@link #saturate}); nothing wraps silently.</li>
 * </ul>
 *
 * <p>Sigmoid and tanh are exact roundings of the real functions evaluated with
 * {@link StrictMath}, so they are the same on every platform; a machine may implement them as a
 * 256-entry (int8) or 65536-entry (Q3.12) table.
 */
public final class Int8Arithmetic {
    /** Largest int8 code used; the smallest is its negation. */
    public static final int CODE_MAX = 127;
    /** Largest int16 value used in Q3.12 and Q0.15; the smallest is its negation. */
    public static final int INT16_MAX = 32767;
    /** One in Q3.12. */
    public static final int Q12_ONE = 4096;
    /** One in Q0.15 (itself not representable; sigmoid saturates at {@code Q15_ONE - 1}). */
    public static final int Q15_ONE = 32768;
    /** Scale of sigmoid, tanh and softmax outputs and of recurrent hidden states. */
    public static final double UNIT_SCALE = 1.0 / CODE_MAX;
    /** Largest int8 x int8 product magnitude. */
    public static final int MAX_PRODUCT = CODE_MAX * CODE_MAX;
    /** Largest dot-product depth whose worst-case sum fits int32: {@code floor((2^31 - 1) / 16129)}. */
    public static final int MAX_ACCUMULATION_DEPTH = Integer.MAX_VALUE / MAX_PRODUCT;

    private Int8Arithmetic() {
    }

    /**
     * {@code (value + 2^(shift-1)) >> shift}: division by {@code 2^shift}, rounding half toward
     * +infinity (so 2.5 becomes 3 and -2.5 becomes -2).
     *
     * @param value must satisfy {@code value + 2^(shift-1) <= Long.MAX_VALUE}; every caller here
     *     bounds it below {@code 2^63 - 2^61}
     * @param shift in {@code [1, 62]}
     */
    public static long roundShift(long value, int shift) {
        return (value + (1L << (shift - 1))) >> shift;
    }

    /** {@code value} clamped to {@code [min, max]}. */
    public static int saturate(long value, int min, int max) {
        return value < min ? min : value > max ? max : (int) value;
    }

    /**
     * Rounds half away from zero (2.5 to 3, -2.5 to -3), exactly: {@link Math#rint} (nearest,
     * ties to even), moved away from zero when {@code x} lies exactly halfway. NaN gives 0;
     * magnitudes beyond the long range saturate.
     */
    public static long roundHalfAwayFromZero(double x) {
        return (long) roundHalfAway(x);
    }

    /**
     * The int8 code of a real value: {@code saturate(roundHalfAwayFromZero(real / scale), -127, 127)},
     * the division in double; NaN gives 0.
     */
    public static int quantize(double real, double scale) {
        return (int) Math.max(-CODE_MAX, Math.min(CODE_MAX, roundHalfAway(real / scale)));
    }

    /** {@code x} rounded half away from zero, as a double; {@code x - rint(x)} is exact. */
    private static double roundHalfAway(double x) {
        double nearest = Math.rint(x);
        return Math.abs(x - nearest) == 0.5 ? x + Math.copySign(0.5, x) : nearest;
    }

    /**
     * The int32 bias code of a real bias at scale {@code inputScale * weightScale}:
     * {@code roundHalfAwayFromZero(bias / scale)} clamped to {@code +-(2^31 - 1 - 16129 depth)}, so
     * that the bias plus any {@code depth}-long sum of int8 products fits int32.
     *
     * @throws IllegalArgumentException when {@code depth > MAX_ACCUMULATION_DEPTH}
     */
    public static int quantizeBias(double bias, double scale, int depth) {
        if (depth < 0 || depth > MAX_ACCUMULATION_DEPTH) {
            throw new IllegalArgumentException("accumulation depth " + depth + " exceeds " + MAX_ACCUMULATION_DEPTH);
        }
        long limit = Integer.MAX_VALUE - (long) depth * MAX_PRODUCT;
        long q = roundHalfAwayFromZero(bias / scale);
        return (int) Math.max(-limit, Math.min(limit, q));
    }

    /**
     * Requantizes an int32 accumulator to an int8 code:
     * {@code saturate(roundShift((long) acc * mantissa, shift), -127, 127)}.
     */
    public static int requantize(int accumulator, FixedPointMultiplier multiplier) {
        long scaled = roundShift((long) accumulator * multiplier.mantissa(), multiplier.shift());
        return saturate(scaled, -CODE_MAX, CODE_MAX);
    }

    /**
     * The residual sum of two int8 codes at their own scales, as an int8 code at the output scale:
     * {@code saturate(roundShift(a mantissaA + b mantissaB, shift), -127, 127)}, with
     * {@code mantissaA = sA / sOut} and {@code mantissaB = sB / sOut} in fixed point.
     */
    public static int add(int a, int b, TwoTermMultiplier multiplier) {
        return saturate(roundShift((long) a * multiplier.mantissaA() + (long) b * multiplier.mantissaB(),
                multiplier.shift()), -CODE_MAX, CODE_MAX);
    }

    /**
     * The average of {@code count} int8 codes whose sum is {@code sum}, rounded half toward
     * +infinity: {@code floorDiv(2 sum + count, 2 count)}. Stays within [-127, 127].
     */
    public static int averagePool(int sum, int count) {
        return Math.floorDiv(2 * sum + count, 2 * count);
    }

    /**
     * A 256-entry table for a standalone Sigmoid or Tanh node: entry {@code q + 128} is the output
     * code for input code {@code q} at {@code inputScale}. Sigmoid:
     * {@code saturate(roundHalfAwayFromZero(127 sigmoid(q inputScale)), 0, 127)}; tanh:
     * {@code saturate(roundHalfAwayFromZero(127 tanh(q inputScale)), -127, 127)}; the output scale
     * is {@link #UNIT_SCALE}. Evaluated with {@link StrictMath} in double.
     *
     * @throws IllegalArgumentException for functions other than sigmoid and tanh
     */
    public static byte[] activationTable(ActivationFunction function, double inputScale) {
        if (function != ActivationFunction.SIGMOID && function != ActivationFunction.TANH) {
            throw new IllegalArgumentException("no int8 table for " + function.displayName());
        }
        byte[] table = new byte[256];
        for (int q = -128; q <= 127; q++) {
            double x = q * inputScale;
            int code = function == ActivationFunction.SIGMOID
                    ? saturate(roundHalfAwayFromZero(CODE_MAX / (1 + StrictMath.exp(-x))), 0, CODE_MAX)
                    : saturate(roundHalfAwayFromZero(CODE_MAX * StrictMath.tanh(x)), -CODE_MAX, CODE_MAX);
            table[q + 128] = (byte) code;
        }
        return table;
    }

    /**
     * A gate pre-activation in Q3.12 from the input part and the recurrent part of a gate column:
     * {@code saturate(roundShift(inputAcc mantissaA + recurrentAcc mantissaB, shift), -32767, 32767)}
     * with {@code mantissaA = sx swx[j] 4096} and {@code mantissaB = sh swh[j] 4096} in fixed
     * point (see {@link QuantizedRecurrentLayer}).
     */
    public static int gatePreactivationQ12(int inputAccumulator, int recurrentAccumulator, TwoTermMultiplier m) {
        long sum = (long) inputAccumulator * m.mantissaA() + (long) recurrentAccumulator * m.mantissaB();
        return saturate(roundShift(sum, m.shift()), -INT16_MAX, INT16_MAX);
    }

    /**
     * One int32 accumulator in Q3.12: {@code saturate(roundShift(acc mantissa, shift), -32767, 32767)}
     * (the two parts of a GRU candidate gate, rounded separately).
     */
    public static int toQ12(int accumulator, int mantissa, int shift) {
        return saturate(roundShift((long) accumulator * mantissa, shift), -INT16_MAX, INT16_MAX);
    }

    /**
     * {@code sigmoid(x / 4096)} in Q0.15 for a Q3.12 input:
     * {@code saturate(roundHalfAwayFromZero(32768 / (1 + exp(-x / 4096))), 0, 32767)}.
     *
     * @param q12 in {@code [-32768, 32767]}
     */
    public static int sigmoidQ15(int q12) {
        return Q15Tables.SIGMOID[q12 + 32768];
    }

    /**
     * {@code tanh(x / 4096)} in Q0.15 for a Q3.12 input:
     * {@code saturate(roundHalfAwayFromZero(32768 tanh(x / 4096)), -32767, 32767)}.
     *
     * @param q12 in {@code [-32768, 32767]}
     */
    public static int tanhQ15(int q12) {
        return Q15Tables.TANH[q12 + 32768];
    }

    /**
     * The next LSTM cell state {@code c' = f c + i g} in Q3.12:
     * {@code saturate(roundShift(8 f c + i g, 18), -32767, 32767)}, both products in Q3.30
     * ({@code f c} is Q0.15 x Q3.12 = Q3.27, shifted up by 3; {@code i g} is Q0.15 x Q0.15). The
     * sum is below {@code 2^35}.
     */
    public static int lstmCellQ12(int forgetQ15, int cellQ12, int inputQ15, int candidateQ15) {
        long sum = 8L * forgetQ15 * cellQ12 + (long) inputQ15 * candidateQ15;
        return saturate(roundShift(sum, 18), -INT16_MAX, INT16_MAX);
    }

    /**
     * The LSTM hidden state {@code h = o tanh(c)} as an int8 code at scale 1/127:
     * {@code saturate(roundShift(127 o tanhQ15(c), 30), -127, 127)}.
     */
    public static int lstmHiddenCode(int outputGateQ15, int cellQ12) {
        return saturate(roundShift(127L * outputGateQ15 * tanhQ15(cellQ12), 30), -CODE_MAX, CODE_MAX);
    }

    /**
     * The GRU candidate pre-activation {@code a_n + r b_n} in Q3.12:
     * {@code saturate(roundShift(32768 a_n + r b_n, 15), -32767, 32767)} (both terms Q3.27).
     */
    public static int gruCandidateQ12(int inputPartQ12, int resetQ15, int recurrentPartQ12) {
        long sum = 32768L * inputPartQ12 + (long) resetQ15 * recurrentPartQ12;
        return saturate(roundShift(sum, 15), -INT16_MAX, INT16_MAX);
    }

    /**
     * The GRU hidden state {@code h' = (1 - z) n + z h} as an int8 code at scale 1/127:
     * {@code saturate(roundShift(127 (32768 - z) n + 32768 z h, 30), -127, 127)} with z, n in
     * Q0.15 and h the previous int8 code (all terms at scale {@code 2^-30 / 127}).
     */
    public static int gruHiddenCode(int updateQ15, int candidateQ15, int previousHiddenCode) {
        long sum = 127L * (Q15_ONE - updateQ15) * candidateQ15 + 32768L * updateQ15 * previousHiddenCode;
        return saturate(roundShift(sum, 30), -CODE_MAX, CODE_MAX);
    }

    /** The Q0.15 sigmoid and tanh of every Q3.12 value, built once with {@link StrictMath}. */
    private static final class Q15Tables {
        static final short[] SIGMOID = new short[65536];
        static final short[] TANH = new short[65536];

        static {
            for (int q = -32768; q <= 32767; q++) {
                double x = q / (double) Q12_ONE;
                SIGMOID[q + 32768] = (short) saturate(roundHalfAwayFromZero(Q15_ONE / (1 + StrictMath.exp(-x))), 0,
                        INT16_MAX);
                TANH[q + 32768] = (short) saturate(roundHalfAwayFromZero(Q15_ONE * StrictMath.tanh(x)), -INT16_MAX,
                        INT16_MAX);
            }
        }

        private Q15Tables() {
        }
    }
}
