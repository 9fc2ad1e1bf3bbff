// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.program;

/** Flag bits of the matrix instructions (MatrixMultiply and Convolve). */
public final class TpuFlags {
    /** Add the products to the accumulators; without it the accumulators are overwritten. */
    public static final int ACCUMULATE = 1;
    /**
     * Before this instruction, make the weight tile waiting in the matrix unit's second buffer the
     * active one (it was shifted in from the weight FIFO); the next tile then starts shifting in.
     */
    public static final int SWITCH = 2;

    private TpuFlags() {
    }

    /** The assembly names of the flag bits, bit 0 first. */
    static final String[] NAMES = {"accumulate", "switch"};
}
