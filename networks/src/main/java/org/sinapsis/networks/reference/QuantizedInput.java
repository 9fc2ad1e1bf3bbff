// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Node;

/**
 * A network input. Real inputs become int8 codes {@code Int8Arithmetic.quantize(x, outputScale)}.
 * An input read by Embedding layers carries token ids, which pass unquantized (exact integers);
 * its {@code outputScale} is 1.
 *
 * @param node the input node
 * @param outputScale the calibrated scale of the input codes, or 1 for token ids
 * @param tokenIds whether this input carries token ids
 */
public record QuantizedInput(Node node, double outputScale, boolean tokenIds) implements QuantizedLayer {
}
