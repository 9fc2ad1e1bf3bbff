// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.scalesim;

/**
 * A double-buffered read SRAM in front of DRAM, serviced one demand line at a time (SCALE-Sim's
 * read buffers). Memory services what compute demands: the replay calls {@link #beginLine}, then
 * {@link #read} with the addresses of the line, then {@link #endLine}.
 */
interface ReadBuffer {

    /** Starts a demand line issued at {@code cycle}. */
    void beginLine(long cycle);

    /** Reads {@code addresses[0..count)} (operand addresses without offset), in order. */
    void read(int[] addresses, int count);

    /** Ends the line; returns the stall cycles it caused beyond the hit latency. */
    long endLine();

    /** Flushes outstanding prefetches after the last line. */
    void finish();

    /** Words read from DRAM. */
    long dramWords();

    /** Cycle of the first DRAM trace row, or 0 when there was none. */
    long dramStartCycle();

    /** Cycle of the last DRAM trace row, or 0 when there was none. */
    long dramStopCycle();
}
