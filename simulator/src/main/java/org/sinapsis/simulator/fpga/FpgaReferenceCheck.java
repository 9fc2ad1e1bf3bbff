// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.fpga;

import java.util.Map;
import org.sinapsis.isa.arch.Precision;
import org.sinapsis.isa.result.ReferenceMatch;
import org.sinapsis.networks.reference.Int8Tensor;
import org.sinapsis.networks.reference.Tensor;

/**
 * How the FPGA machine's functional outputs compare with the reference executors.
 *
 * <p>int8 must equal the int8 reference's codes exactly. Every other format is compared with the
 * fp32 reference by the normalized RMS error over all output values,
 * {@code sqrt(sum (y - ref)^2 / sum ref^2)}, against a tolerance per format:
 * {@value #FP32_TOLERANCE} for fp32 (summation order only), {@value #FIXED18_TOLERANCE} for
 * fixed18, {@value #INT16_TOLERANCE} for 16-bit fixed point and {@value #BFP8_TOLERANCE} for
 * block floating point with 2-bit mantissas, whose values are as coarse as {@code 3/4} of their
 * block's largest (the formats' rounding of every operand and output, compounded over a network's
 * layers; measured on the course networks and AlexNet in the tests).
 */
public final class FpgaReferenceCheck {
    /** Normalized RMS error allowed in fp32. */
    public static final double FP32_TOLERANCE = 1e-5;
    /** Normalized RMS error allowed in 18-bit fixed point. */
    public static final double FIXED18_TOLERANCE = 1e-2;
    /** Normalized RMS error allowed in 16-bit fixed point. */
    public static final double INT16_TOLERANCE = 3e-2;
    /** Normalized RMS error allowed in block floating point. */
    public static final double BFP8_TOLERANCE = 0.6;

    private FpgaReferenceCheck() {
    }

    /** The tolerance of a non-int8 precision. */
    public static double tolerance(Precision precision) {
        return switch (precision) {
            case FP32 -> FP32_TOLERANCE;
            case FIXED18 -> FIXED18_TOLERANCE;
            case INT16 -> INT16_TOLERANCE;
            case BFP8 -> BFP8_TOLERANCE;
            default -> throw new IllegalArgumentException(precision.label() + " is compared exactly");
        };
    }

    /** {@code sqrt(sum (y - ref)^2 / sum ref^2)} over every output (0 when both are all zeros). */
    public static double normalizedRmsError(Map<String, Tensor> outputs, Map<String, Tensor> reference) {
        double err = 0;
        double norm = 0;
        for (Map.Entry<String, Tensor> e : reference.entrySet()) {
            float[] ref = e.getValue().data();
            float[] y = outputs.get(e.getKey()).data();
            for (int i = 0; i < ref.length; i++) {
                double d = (double) y[i] - ref[i];
                err += d * d;
                norm += (double) ref[i] * ref[i];
            }
        }
        return norm == 0 ? Math.sqrt(err) : Math.sqrt(err / norm);
    }

    /** Exact when every value is identical, within tolerance, or a mismatch. */
    public static ReferenceMatch compareFloat(Precision precision, Map<String, Tensor> outputs,
            Map<String, Tensor> reference) {
        boolean identical = reference.entrySet().stream().allMatch(e -> e.getValue().equals(outputs.get(e.getKey())));
        if (identical) {
            return ReferenceMatch.EXACT;
        }
        return normalizedRmsError(outputs, reference) <= tolerance(precision) ? ReferenceMatch.WITHIN_TOLERANCE
                : ReferenceMatch.MISMATCH;
    }

    /** Exact when every output's codes equal the reference's, else a mismatch. */
    public static ReferenceMatch compareInt8(Map<String, Int8Tensor> codes, Map<String, Int8Tensor> reference) {
        return reference.entrySet().stream().allMatch(e -> e.getValue().equals(codes.get(e.getKey())))
                ? ReferenceMatch.EXACT : ReferenceMatch.MISMATCH;
    }
}
