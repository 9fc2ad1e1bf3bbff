// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Node;

/**
 * The int8 form of one node of a {@link QuantizedNetwork}: what a machine needs to compute the
 * node's int8 output codes exactly as {@link Int8Executor} does. Each implementation's Javadoc
 * gives the node's integer equations in terms of {@link Int8Arithmetic}.
 *
 * <p>Arrays handed out by implementations are copies; the records themselves are immutable.
 */
public sealed interface QuantizedLayer permits QuantizedInput, QuantizedMatrixLayer, QuantizedAdd,
        QuantizedSameScale, QuantizedTableActivation, QuantizedSoftmax, QuantizedEmbedding, QuantizedRecurrentLayer {

    /** The node of the network this layer quantizes. */
    Node node();

    /** The scale of the node's int8 output codes: a code q stands for {@code q * outputScale()}. */
    double outputScale();

    /** The node's name. */
    default String name() {
        return node().name();
    }
}
