// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.arch;

import java.util.Locale;

/** Numeric precision of weights and activations on a target. */
public enum Precision {
    /** 8-bit integers, symmetric, int32 accumulation. */
    INT8(8),
    /** 16-bit integers. */
    INT16(16),
    /** bfloat16 (8-bit exponent, 7-bit mantissa). */
    BF16(16),
    /** IEEE-754 single precision. */
    FP32(32),
    /** 18-bit fixed point (two's complement with a per-tensor binary point): the width of FPGA DSP multipliers. */
    FIXED18(18),
    /**
     * Narrow block floating point (Brainwave's ms-fp style): a sign and a few mantissa bits per
     * value, one exponent shared by a block of values; each target states its mantissa width and
     * block size. {@link #bits()} is the nominal 8.
     */
    BFP8(8);

    private final int bits;

    Precision(int bits) {
        this.bits = bits;
    }

    /** Bits per value. */
    public int bits() {
        return bits;
    }

    /** Bytes per value, rounded up to whole bytes (an 18-bit value takes 3). */
    public int bytes() {
        return (bits + 7) / 8;
    }

    /** The lower-case name used in results and on the command line: {@code int8}, {@code fp32}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
