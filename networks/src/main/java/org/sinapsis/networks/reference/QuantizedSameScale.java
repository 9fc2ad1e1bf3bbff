// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Node;

/**
 * A node whose int8 output has its input's scale and needs no parameters:
 * <ul>
 *   <li>ReLU: {@code max(0, q)}. A matrix layer whose only reader is a ReLU is calibrated on the
 *       ReLU's output, so a machine may fuse the ReLU as a clamp of the requantized value to
 *       {@code [0, 127]} and get the same codes.</li>
 *   <li>MaxPool: the largest code of the window; padding is ignored.</li>
 *   <li>AvgPool: {@code Int8Arithmetic.averagePool(sum, count)} over the window elements inside the
 *       input (int32 sum, padding not counted).</li>
 *   <li>Flatten: the codes unchanged.</li>
 * </ul>
 *
 * @param node the node
 * @param outputScale the scale of its input, and so of its output
 */
public record QuantizedSameScale(Node node, double outputScale) implements QuantizedLayer {
}
