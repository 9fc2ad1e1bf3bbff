// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.traces.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Locale-independent number formatting for human-readable tables. */
public final class NumberText {
    private NumberText() {
    }

    /**
     * {@code value} rounded to {@code digits} significant digits (half even), without trailing
     * zeros: plain notation for {@code 1e-3 <= |value| < 1e7} ({@code 0.01234}, {@code 1235},
     * {@code 2500000}), scientific otherwise ({@code 1.235e+08}).
     */
    public static String significant(double value, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be >= 1");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        double a = Math.abs(value);
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (a >= 1e7 || rounded.abs().compareTo(BigDecimal.valueOf(1, 3)) < 0) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
