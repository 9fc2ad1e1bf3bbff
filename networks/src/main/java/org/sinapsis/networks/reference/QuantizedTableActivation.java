// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import org.sinapsis.networks.ir.Node;

/**
 * A standalone Sigmoid or Tanh node: output code {@code table[q + 128]} for input code q, at
 * scale {@code 1/127}. The table is {@link Int8Arithmetic#activationTable} for the input scale.
 *
 * @param node the activation node
 * @param inputScale the scale of the input codes
 * @param table 256 output codes indexed by input code + 128 (copied)
 */
public record QuantizedTableActivation(Node node, double inputScale, byte[] table) implements QuantizedLayer {

    /** Validates and copies the table. */
    public QuantizedTableActivation {
        if (table.length != 256) {
            throw new IllegalArgumentException("an activation table needs 256 entries, got " + table.length);
        }
        table = table.clone();
    }

    /** A copy of the 256 output codes. */
    @Override
    public byte[] table() {
        return table.clone();
    }

    /** {@link Int8Arithmetic#UNIT_SCALE}. */
    @Override
    public double outputScale() {
        return Int8Arithmetic.UNIT_SCALE;
    }
}
