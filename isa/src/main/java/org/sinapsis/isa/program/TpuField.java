// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/**
 * The operand fields of TPU instructions, with their assembly keys. Widths are per opcode (see
 * {@link TpuOpcode#operands()}); every field is an unsigned little-endian integer.
 */
public enum TpuField {
    /** Instruction flags (see {@link TpuFlags}). */
    FLAGS("flags"),
    /** A host memory byte address. */
    HOST_ADDRESS("host"),
    /** A Unified Buffer row. */
    UB_ADDRESS("ub"),
    /** An accumulator row. */
    ACC_ADDRESS("acc"),
    /** A weight memory byte address. */
    WEIGHT_ADDRESS("weights"),
    /** A number of rows (Unified Buffer or accumulator rows, or matrix-unit input rows). */
    LENGTH("length"),
    /** Rows of a weight tile: the reduction depth it covers. */
    TILE_ROWS("rows"),
    /** Columns of a weight tile: the outputs it produces. */
    TILE_COLS("cols"),
    /** A configuration slot. */
    CONFIG("config"),
    /** A source Unified Buffer row. */
    SOURCE("src"),
    /** A destination Unified Buffer row. */
    DEST("dst"),
    /** The units a sync waits for (see {@link TpuUnit#maskBit()}). */
    MASK("mask"),
    /** A number of bytes. */
    BYTES("bytes"),
    /** The first output pixel of a convolution instruction. */
    PIXEL("pixel"),
    /** How many output pixels a convolution instruction computes. */
    PIXELS("pixels"),
    /** Which {@code mxuRows}-long chunk of the convolution window a convolution instruction reads. */
    CHUNK("chunk"),
    /** The channel group a convolution instruction reads: input channels from {@code group C/G}. */
    GROUP("group");

    private final String key;

    TpuField(String key) {
        this.key = key;
    }

    /** The assembly key, such as {@code ub} or {@code acc}. */
    public String key() {
        return key;
    }
}
