// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Node;

/**
 * A residual addition: {@code y = Int8Arithmetic.add(a, b, multiplier)}, that is
 * {@code saturate(roundShift(a mantissaA + b mantissaB, shift), -127, 127)} with
 * {@code mantissaA / 2^shift = firstInputScale / outputScale} and
 * {@code mantissaB / 2^shift = secondInputScale / outputScale}.
 *
 * @param node the Add node
 * @param firstInputScale scale of the first input's codes
 * @param secondInputScale scale of the second input's codes
 * @param outputScale calibrated output scale
 * @param multiplier the two rescaling multipliers with their common shift
 */
public record QuantizedAdd(Node node, double firstInputScale, double secondInputScale, double outputScale,
        TwoTermMultiplier multiplier) implements QuantizedLayer {
}
