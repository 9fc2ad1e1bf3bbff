// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Conv2D;
import org.sinapsis.networks.ir.Node;

/**
 * A Dense or Conv2D node in int8.
 *
 * <p>Weights keep the layer's layout (Dense {@code [F, units]}, Conv2D {@code [M, C/G, R, S]}) as
 * int8 codes {@code quantize(w, weightScales[c])} of output channel c (a Dense unit or a Conv2D
 * filter); with per-tensor quantization every channel has the same scale. For every output value
 * of channel c, with {@code x} the input codes its window or row reads (0 for padding):
 * <pre>
 *   acc = bias[c] + sum_k x[k] w[k, c]                                 (int32, exact)
 *   y   = Int8Arithmetic.requantize(acc, multipliers[c])
 *       = saturate(roundShift(acc * mantissa_c, shift_c), -127, 127)
 * </pre>
 * where {@code bias[c] = quantizeBias(b_c, inputScale * weightScales[c], depth)} and
 * {@code multipliers[c] = FixedPointMultiplier.of(inputScale * weightScales[c] / outputScale)}.
 * The accumulation order does not matter: the sum is exact in int32 (see
 * {@link Int8Arithmetic#MAX_ACCUMULATION_DEPTH}).
 *
 * @param node the Dense or Conv2D node
 * @param inputScale the scale of the input codes
 * @param outputScale the calibrated output scale
 * @param weights the weight codes in the layer's layout (copied)
 * @param weightScales one scale per output channel (copied)
 * @param bias one int32 bias per output channel, 0 when the layer has no bias (copied)
 * @param multipliers one requantization multiplier per output channel (copied)
 */
public record QuantizedMatrixLayer(Node node, double inputScale, double outputScale, byte[] weights,
        double[] weightScales, int[] bias, FixedPointMultiplier[] multipliers) implements QuantizedLayer {

    /** Validates the array lengths and copies the arrays. */
    public QuantizedMatrixLayer {
        int channels = multipliers.length;
        if (weightScales.length != channels || bias.length != channels
                || weights.length != node.parameterSpecs().get(0).shape().elements()) {
            throw new IllegalArgumentException("layer '" + node.name() + "': " + weights.length + " weights, "
                    + weightScales.length + " scales, " + bias.length + " biases and " + channels
                    + " multipliers do not fit its shapes");
        }
        weights = weights.clone();
        weightScales = weightScales.clone();
        bias = bias.clone();
        multipliers = multipliers.clone();
    }

    /** Output channels: Dense units or Conv2D filters M. */
    public int channels() {
        return multipliers.length;
    }

    /** Dot-product depth K: Dense input features F, or Conv2D {@code C/G R S}. */
    public int depth() {
        return weights.length / channels();
    }

    /** Whether the node is a Conv2D (else a Dense). */
    public boolean convolution() {
        return node.layer() instanceof Conv2D;
    }

    /** A copy of the weight codes. */
    @Override
    public byte[] weights() {
        return weights.clone();
    }

    /** A copy of the per-channel weight scales. */
    @Override
    public double[] weightScales() {
        return weightScales.clone();
    }

    /** A copy of the per-channel int32 biases. */
    @Override
    public int[] bias() {
        return bias.clone();
    }

    /** A copy of the per-channel multipliers. */
    @Override
    public FixedPointMultiplier[] multipliers() {
        return multipliers.clone();
    }
}
