// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.reference;

import java.util.Arrays;

/**
 * The int8 matrix kernel: {@code acc[r][j] += sum_p a[r][p] b[p][j]} with int8 operands and
 * exact int32 accumulation.
 *
 * <p>The right operand is packed once into column blocks of at most {@value #BLOCK_COLUMNS}
 * columns, each block an array of {@code k} separate {@code int[]} rows; the left operand is read
 * as bytes. The inner loop updates one accumulator row with four packed rows at a time,
 * {@code acc[j] += a0 b0[j] + a1 b1[j] + a2 b2[j] + a3 b3[j]}, indexing every array from 0 so that
 * HotSpot's superword pass turns it into SIMD integer multiply-adds. Rows are processed in blocks
 * of {@value #ROW_BLOCK} and depth in blocks of {@value #DEPTH_BLOCK}, so a depth block of the
 * packed operand stays in the L2 cache while the rows of a block reuse it.
 *
 * <p>Integer sums are exact and their order does not matter, so any split into tasks gives the
 * same result; two's complement wrap-around of partial sums cannot change a final sum that fits
 * int32, which the quantizer guarantees.
 */
final class Int8Gemm {
    /** Widest column block of a packed operand. */
    static final int BLOCK_COLUMNS = 256;
    /** Accumulator rows sharing one pass over a depth block. */
    static final int ROW_BLOCK = 32;
    /** Depth rows of a packed operand processed together. */
    static final int DEPTH_BLOCK = 256;
    /** Rows of the left operand per task in {@link #multiply}. */
    static final int TASK_ROWS = 64;

    private Int8Gemm() {
    }

    /** Receives one finished accumulator row segment. */
    @FunctionalInterface
    interface RowSink {
        /**
         * @param row the left operand's row
         * @param column0 the first column of the segment
         * @param acc the accumulators; {@code acc[j]} belongs to column {@code column0 + j}
         * @param width the number of valid accumulators
         */
        void accept(int row, int column0, int[] acc, int width);
    }

    /**
     * Packs {@code b[p][j] = src[offset + p strideP + j strideJ]} for {@code p < k, j < n} into
     * column blocks: {@code result[block][p]} holds columns {@code [block 256, block 256 + width)}.
     */
    static int[][][] pack(byte[] src, int offset, int k, int n, int strideP, int strideJ) {
        int blocks = (n + BLOCK_COLUMNS - 1) / BLOCK_COLUMNS;
        int[][][] packed = new int[blocks][][];
        for (int blk = 0; blk < blocks; blk++) {
            int col0 = blk * BLOCK_COLUMNS;
            int width = Math.min(BLOCK_COLUMNS, n - col0);
            int[][] rows = new int[k][width];
            for (int p = 0; p < k; p++) {
                int[] row = rows[p];
                int base = offset + p * strideP + col0 * strideJ;
                for (int j = 0; j < width; j++) {
                    row[j] = src[base + j * strideJ];
                }
            }
            packed[blk] = rows;
        }
        return packed;
    }

    /**
     * {@code accs[r][j] += sum_{p < k} a[aOffset + r aStride + p] b[p][j]} for {@code r < rows},
     * {@code j < width}.
     */
    static void accumulate(byte[] a, int aOffset, int aStride, int rows, int k, int[][] b, int width, int[][] accs) {
        for (int r0 = 0; r0 < rows; r0 += ROW_BLOCK) {
            int r1 = Math.min(rows, r0 + ROW_BLOCK);
            for (int p0 = 0; p0 < k; p0 += DEPTH_BLOCK) {
                int p1 = Math.min(k, p0 + DEPTH_BLOCK);
                for (int r = r0; r < r1; r++) {
                    int[] acc = accs[r];
                    int base = aOffset + r * aStride;
                    int p = p0;
                    for (; p + 3 < p1; p += 4) {
                        int a0 = a[base + p];
                        int a1 = a[base + p + 1];
                        int a2 = a[base + p + 2];
                        int a3 = a[base + p + 3];
                        if ((a0 | a1 | a2 | a3) != 0) {
                            madd4(acc, b[p], b[p + 1], b[p + 2], b[p + 3], a0, a1, a2, a3, width);
                        }
                    }
                    for (; p < p1; p++) {
                        int a0 = a[base + p];
                        if (a0 != 0) {
                            madd1(acc, b[p], a0, width);
                        }
                    }
                }
            }
        }
    }

    /**
     * The full product of {@code a [rows, k]} (bytes, row-major) and a packed {@code [k, n]}
     * operand, handing every finished row segment to {@code sink}. Tasks are (at most
     * {@value #TASK_ROWS} rows) x (one column block).
     *
     * @param initial the accumulators' start value per column (a bias), or null for 0
     */
    static void multiply(byte[] a, int rows, int k, int[][][] b, int[] initial, ParallelTasks tasks, RowSink sink) {
        int chunks = (rows + TASK_ROWS - 1) / TASK_ROWS;
        tasks.run(chunks * b.length, t -> {
            int blk = t % b.length;
            int row0 = t / b.length * TASK_ROWS;
            int count = Math.min(TASK_ROWS, rows - row0);
            int[][] block = b[blk];
            int width = block.length == 0 ? 0 : block[0].length;
            int col0 = blk * BLOCK_COLUMNS;
            int[][] accs = Scratch.get().accumulators(count);
            for (int r = 0; r < count; r++) {
                if (initial == null) {
                    Arrays.fill(accs[r], 0, width, 0);
                } else {
                    System.arraycopy(initial, col0, accs[r], 0, width);
                }
            }
            accumulate(a, row0 * k, k, count, k, block, width, accs);
            for (int r = 0; r < count; r++) {
                sink.accept(row0 + r, col0, accs[r], width);
            }
        });
    }

    private static void madd4(int[] acc, int[] b0, int[] b1, int[] b2, int[] b3, int a0, int a1, int a2, int a3,
            int width) {
        for (int j = 0; j < width; j++) {
            acc[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
        }
    }

    private static void madd1(int[] acc, int[] b0, int a0, int width) {
        for (int j = 0; j < width; j++) {
            acc[j] += a0 * b0[j];
        }
    }
}
