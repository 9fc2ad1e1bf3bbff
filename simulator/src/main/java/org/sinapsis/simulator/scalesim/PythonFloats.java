// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Formats doubles as Python's {@code repr(float)} does, so SCALE-Sim-compatible reports match
 * SCALE-Sim's byte for byte: the shortest decimal that reads back as the same double (the closest
 * one when several are that short), in fixed notation with at least one decimal for
 * {@code 1e-4 <= |x| < 1e16} and scientific notation ({@code 1.5e-05}, {@code 1e+16}) otherwise.
 */
final class PythonFloats {
    private PythonFloats() {
    }

    /** {@code repr(value)}. */
    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal shortest = null;
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal candidate = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                shortest = candidate;
                break;
            }
        }
        BigDecimal d = shortest.stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String sign = value < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = d.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
}
