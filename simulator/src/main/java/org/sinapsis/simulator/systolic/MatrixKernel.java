// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

/**
 * The arithmetic of the matrix unit for one input row: {@code acc[j] += sum_p x[p] w[p][j]} over
 * the tile's rows and columns, int8 products accumulated exactly in int32 (as the MXU's 32-bit
 * accumulators do; the int8 reference's sums are exact in int32, so order does not matter). Four
 * weight rows at a time, every array indexed from 0 so HotSpot vectorizes the column loop.
 */
final class MatrixKernel {
    private MatrixKernel() {
    }

    /** Adds {@code x[xOffset .. xOffset + tile.rows)} times {@code tile} to {@code acc[0 .. tile.cols)}. */
    static void multiplyAdd(byte[] x, int xOffset, WeightTile tile, int[] acc) {
        int rows = tile.rows;
        int cols = tile.cols;
        int[][] w = tile.weights;
        int p = 0;
        for (; p + 3 < rows; p += 4) {
            int x0 = x[xOffset + p];
            int x1 = x[xOffset + p + 1];
            int x2 = x[xOffset + p + 2];
            int x3 = x[xOffset + p + 3];
            if ((x0 | x1 | x2 | x3) != 0) {
                madd4(acc, w[p], w[p + 1], w[p + 2], w[p + 3], x0, x1, x2, x3, cols);
            }
        }
        for (; p < rows; p++) {
            int x0 = x[xOffset + p];
            if (x0 != 0) {
                int[] w0 = w[p];
                for (int j = 0; j < cols; j++) {
                    acc[j] += x0 * w0[j];
                }
            }
        }
    }

    private static void madd4(int[] acc, int[] w0, int[] w1, int[] w2, int[] w3, int x0, int x1, int x2, int x3,
            int cols) {
        for (int j = 0; j < cols; j++) {
            acc[j] += x0 * w0[j] + x1 * w1[j] + x2 * w2[j] + x3 * w3[j];
        }
    }
}
