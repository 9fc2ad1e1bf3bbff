// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.eval;

import java.util.Objects;
import org.sinapsis.networks.ir.Node;

/**
 * What an {@link Evaluator} costs: one node of a network for one batch. The node carries its
 * shapes and loop nest ({@link Node#loops(int)}), so an evaluator never needs a machine-specific
 * shape.
 *
 * @param node the layer in its network
 * @param batch examples per batch, at least 1
 */
public record LayerWork(Node node, int batch) {

    /** Validates the batch. */
    public LayerWork {
        Objects.requireNonNull(node, "node");
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        }
    }

    /** Multiply-accumulates of the layer for the batch. */
    public long macs() {
        return node.macs() * batch;
    }
}
