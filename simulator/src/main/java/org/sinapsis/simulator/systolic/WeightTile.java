// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.simulator.systolic;

/**
 * A weight tile as the matrix unit holds it: {@code rows x cols} int8 weights, row {@code p}
 * feeding reduction element {@code p}, column {@code j} output {@code j}; kept as separate int rows
 * so the multiply loop indexes every array from 0 and vectorizes.
 */
final class WeightTile {
    final int rows;
    final int cols;
    final int[][] weights;

    /** The tile of {@code rows x cols} row-major bytes at {@code offset} of {@code bytes}. */
    WeightTile(byte[] bytes, int offset, int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.weights = new int[rows][cols];
        for (int p = 0; p < rows; p++) {
            int[] row = weights[p];
            int base = offset + p * cols;
            for (int j = 0; j < cols; j++) {
                row[j] = bytes[base + j];
            }
        }
    }
}
