// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.isa.mapping;

/**
 * The three dimensions of a layer's GEMM view {@code C[M][N] += A[M][K] B[K][N]}: {@code M} output
 * rows (SCALE-Sim's ofmap pixels, batch included), {@code N} output columns (filters or units),
 * {@code K} the reduction (the convolution window or the input features).
 */
public enum MatrixDim {
    /** Output rows: examples times output pixels. */
    M,
    /** Output columns: filters or units. */
    N,
    /** The reduction. */
    K
}
