// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/**
 * Two non-negative real multipliers sharing one right shift, for sums of two differently scaled
 * int32 terms: {@code roundShift(a * mantissaA + b * mantissaB, shift)} approximates
 * {@code a Ma + b Mb} with {@code Ma = mantissaA 2^-shift}, {@code Mb = mantissaB 2^-shift}.
 *
 * <p>Bounds: both mantissas in {@code [0, 2^30]} and {@code 1 <= shift <= 62}, so for any int32
 * {@code a} and {@code b}, {@code |a mantissaA + b mantissaB| <= 2^62} and adding the rounding
 * half ({@code <= 2^61}) never overflows a signed 64-bit register.
 *
 * @param mantissaA the first term's numerator, in {@code [0, 2^30]}
 * @param mantissaB the second term's numerator, in {@code [0, 2^30]}
 * @param shift the common power-of-two denominator, in {@code [1, 62]}
 */
public record TwoTermMultiplier(int mantissaA, int mantissaB, int shift) {

    /** Validates the bounds. */
    public TwoTermMultiplier {
        if (mantissaA < 0 || mantissaA > 1 << 30 || mantissaB < 0 || mantissaB > 1 << 30 || shift < 1 || shift > 62) {
            throw new IllegalArgumentException("a two-term multiplier needs mantissas in [0, 2^30] and shift in"
                    + " [1, 62], got " + mantissaA + ", " + mantissaB + " and " + shift);
        }
    }

    /**
     * The closest representation of {@code (a, b)}: the larger mantissa is normalized into
     * {@code [2^29, 2^30)} with {@code shift = 29 - floor(log2 max(a, b))} (at most 62), and both
     * are rounded with {@link Math#round(double)} (half up; the larger may round to {@code 2^30}).
     * Both zero is {@code (0, 0, 31)}.
     *
     * @throws IllegalArgumentException when a multiplier is negative, not finite, or the larger is
     *     {@code >= 2^29}
     */
    public static TwoTermMultiplier of(double a, double b) {
        if (!(a >= 0) || !(b >= 0) || Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("two-term multipliers must be finite and >= 0, got " + a + " and " + b);
        }
        double larger = Math.max(a, b);
        if (larger == 0) {
            return new TwoTermMultiplier(0, 0, 31);
        }
        int shift = Math.min(62, 29 - Math.getExponent(larger));
        if (shift < 1) {
            throw new IllegalArgumentException("two-term multipliers must be < 2^29, got " + a + " and " + b);
        }
        return new TwoTermMultiplier((int) Math.round(Math.scalb(a, shift)), (int) Math.round(Math.scalb(b, shift)),
                shift);
    }

    /** The real value of the first multiplier. */
    public double valueA() {
        return Math.scalb((double) mantissaA, -shift);
    }

    /** The real value of the second multiplier. */
    public double valueB() {
        return Math.scalb((double) mantissaB, -shift);
    }
}
