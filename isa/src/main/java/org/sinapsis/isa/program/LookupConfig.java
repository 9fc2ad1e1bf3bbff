// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/**
 * A 256-entry lookup by a Vector instruction: output code {@code table[q + 128]} for input code
 * {@code q}, columns {@code j < width}. Sigmoid and Tanh use the int8 reference's tables; a ReLU
 * that cannot be fused into its layer is the table {@code max(q, 0)}.
 *
 * @param width valid columns
 * @param table 256 output codes indexed by input code + 128 (copied)
 */
public record LookupConfig(int width, byte[] table) implements TpuConfig {

    /** Validates and copies the table. */
    public LookupConfig {
        if (width < 1 || table.length != 256) {
            throw new IllegalArgumentException("a lookup needs width >= 1 and 256 entries");
        }
        table = table.clone();
    }

    /** A copy of the table. */
    @Override
    public byte[] table() {
        return table.clone();
    }

    @Override
    public long bytes() {
        return 260;
    }
}
