// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

/**
 * Per-thread work buffers of the int8 kernels, grown on demand and reused across tasks, so a task
 * allocates nothing. Rows are {@value Int8Gemm#BLOCK_COLUMNS} ints wide, the widest block any
 * kernel uses.
 *
 * <p>Safe because a task runs to completion on one thread before that thread starts another, and
 * no task forks work of its own. Contents are garbage between uses: every user overwrites what it
 * reads.
 */
final class Scratch {
    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    private int[][] columns = new int[0][];
    private int[][] accumulators = new int[0][];
    private byte[] bytes = new byte[0];

    private Scratch() {
    }

    /** This thread's buffers. */
    static Scratch get() {
        return LOCAL.get();
    }

    /** At least {@code rows} rows for packed operand columns. */
    int[][] columns(int rows) {
        columns = grow(columns, rows);
        return columns;
    }

    /** At least {@code rows} accumulator rows. */
    int[][] accumulators(int rows) {
        accumulators = grow(accumulators, rows);
        return accumulators;
    }

    /** At least {@code length} bytes. */
    byte[] bytes(int length) {
        if (bytes.length < length) {
            bytes = new byte[length];
        }
        return bytes;
    }

    private static int[][] grow(int[][] rows, int count) {
        if (rows.length >= count) {
            return rows;
        }
        int[][] bigger = new int[count][];
        System.arraycopy(rows, 0, bigger, 0, rows.length);
        for (int i = rows.length; i < count; i++) {
            bigger[i] = new int[Int8Gemm.BLOCK_COLUMNS];
        }
        return bigger;
    }
}
