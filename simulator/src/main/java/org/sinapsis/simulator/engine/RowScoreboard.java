// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.engine;

import java.util.Arrays;

/**
 * For each row of a memory (accumulators, a buffer), the cycle its data is ready: the hardware
 * interlock that makes a reader wait for a writer (or a writer for the last reader) of the same
 * rows.
 */
public final class RowScoreboard {
    private final long[] ready;

    /** A scoreboard of {@code rows} rows, all ready at cycle 0. */
    public RowScoreboard(int rows) {
        this.ready = new long[rows];
    }

    /** The latest ready cycle of rows {@code [from, to)}. */
    public long readyAt(int from, int to) {
        long max = 0;
        for (int r = from; r < to; r++) {
            max = Math.max(max, ready[r]);
        }
        return max;
    }

    /** Marks rows {@code [from, to)} ready at {@code cycle} (no earlier than they were). */
    public void mark(int from, int to, long cycle) {
        for (int r = from; r < to; r++) {
            ready[r] = Math.max(ready[r], cycle);
        }
    }

    /** Marks every row ready at cycle 0 again. */
    public void reset() {
        Arrays.fill(ready, 0);
    }
}
