// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

import java.util.Objects;

/**
 * One operand of an opcode's encoding: the field and its width.
 *
 * @param field which field
 * @param bytes its width in bytes (1 to 7), little-endian
 */
public record TpuOperand(TpuField field, int bytes) {

    /** Validates the width. */
    public TpuOperand {
        Objects.requireNonNull(field, "field");
        if (bytes < 1 || bytes > 7) {
            throw new IllegalArgumentException("operand width must be 1 to 7 bytes, got " + bytes);
        }
    }

    /** The largest value the field holds: {@code 2^(8 bytes) - 1}. */
    public long max() {
        return (1L << (8 * bytes)) - 1;
    }
}
