// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.compilers.tpu;

import java.util.Objects;
import org.sinapsis.isa.program.UbTensor;

/**
 * A tensor the host moves to or from a TPU program's host memory: which node, which region, how
 * its elements are laid out there (in Unified Buffer rows, base row 0 at the region's start) and
 * which examples of the batch it holds.
 *
 * @param node the network node whose values these are
 * @param region the host region's name
 * @param layout the element layout within the region
 * @param firstExample the first example of the batch in the region
 * @param kind what the host does with it
 */
public record TensorTransfer(String node, String region, UbTensor layout, int firstExample, Kind kind) {

    /** What the host does with a transfer. */
    public enum Kind {
        /** Quantizes a network input and writes its codes. */
        NETWORK_INPUT,
        /** Looks up an Embedding's rows for the input's token ids and writes them (the TPU does no lookups). */
        EMBEDDING,
        /** Reads a network output's codes back. */
        OUTPUT,
        /** Reads a Softmax's input back and computes the Softmax on the host. */
        SOFTMAX_INPUT
    }

    /** Validates the transfer. */
    public TensorTransfer {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(kind, "kind");
        if (firstExample < 0) {
            throw new IllegalArgumentException("firstExample must be >= 0");
        }
    }
}
