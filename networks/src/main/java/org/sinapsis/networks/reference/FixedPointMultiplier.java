// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/**
 * A non-negative real multiplier as an integer mantissa and a right shift:
 * {@code M = mantissa * 2^-shift}, applied to an int32 accumulator as
 * {@code Int8Arithmetic.roundShift((long) acc * mantissa, shift)}.
 *
 * <p>Bounds: {@code 0 <= mantissa < 2^31} and {@code 1 <= shift <= 62}, so
 * {@code |acc * mantissa| < 2^62} and adding the rounding half {@code 2^(shift-1) <= 2^61} never
 * overflows a signed 64-bit register.
 *
 * @param mantissa the integer numerator, in {@code [0, 2^31)}
 * @param shift the power-of-two denominator, in {@code [1, 62]}
 */
public record FixedPointMultiplier(int mantissa, int shift) {

    /** Validates the bounds. */
    public FixedPointMultiplier {
        if (mantissa < 0 || shift < 1 || shift > 62) {
            throw new IllegalArgumentException("a fixed-point multiplier needs mantissa in [0, 2^31) and shift in"
                    + " [1, 62], got " + mantissa + " and " + shift);
        }
    }

    /**
     * The closest representation of {@code real}: the mantissa is normalized into
     * {@code [2^30, 2^31)} with {@code shift = 30 - floor(log2 real)}, then rounded with
     * {@link Math#round(double)} (half up; a result of {@code 2^31} becomes {@code 2^30} with the
     * shift reduced by one). When that shift would exceed 62 (multipliers below {@code 2^-32}) the
     * shift is 62 and the mantissa {@code round(real 2^62)}, keeping fewer significant bits.
     * Zero is {@code (0, 31)}.
     *
     * @throws IllegalArgumentException when {@code real} is negative, not finite, or
     *     {@code >= 2^30}
     */
    public static FixedPointMultiplier of(double real) {
        if (!(real >= 0) || Double.isInfinite(real)) {
            throw new IllegalArgumentException("a fixed-point multiplier must be finite and >= 0, got " + real);
        }
        if (real == 0) {
            return new FixedPointMultiplier(0, 31);
        }
        int shift = 30 - Math.getExponent(real);
        if (shift > 62) {
            return new FixedPointMultiplier((int) Math.round(Math.scalb(real, 62)), 62);
        }
        long mantissa = Math.round(Math.scalb(real, shift));
        if (mantissa == 1L << 31) {
            mantissa = 1L << 30;
            shift--;
        }
        if (shift < 1) {
            throw new IllegalArgumentException("a fixed-point multiplier must be < 2^30, got " + real);
        }
        return new FixedPointMultiplier((int) mantissa, shift);
    }

    /** The real value {@code mantissa * 2^-shift}. */
    public double value() {
        return Math.scalb((double) mantissa, -shift);
    }
}
