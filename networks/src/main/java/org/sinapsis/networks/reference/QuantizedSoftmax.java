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
}
