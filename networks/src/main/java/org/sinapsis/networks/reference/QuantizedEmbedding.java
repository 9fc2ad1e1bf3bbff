// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Node;

/**
 * An Embedding: the int8 table {@code [V, D]} (per-tensor scale {@code absmax / 127}); the output
 * for token id t is row t of codes, exactly, at the table's scale. Token ids pass unquantized.
 *
 * @param node the Embedding node
 * @param table {@code V D} int8 codes, row-major (copied)
 * @param outputScale the table's scale, which is also the output's
 */
public record QuantizedEmbedding(Node node, byte[] table, double outputScale) implements QuantizedLayer {

    /** Copies the table. */
    public QuantizedEmbedding {
        table = table.clone();
    }

    /** A copy of the table codes. */
    @Override
    public byte[] table() {
        return table.clone();
    }
}
