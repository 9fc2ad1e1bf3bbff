// SPDX-License-Identifier: Apache-2.0
package org.sinapsis.networks.ir;

/**
 * A layer's matrix work for one batch as {@code instances} independent products
 * {@code (m x k) * (k x n)}.
 *
 * <p>Per layer kind (B = batch): Dense on {@code [.., F]} with U units: {@code m = B * rows,
 * n = U, k = F}; Conv2D: {@code m = B * P * Q}, {@code n = M / G}, {@code k = (C / G) * R * S},
 * {@code instances = G}; LSTM and GRU: {@code m = B}, {@code n = 4H} or {@code 3H},
 * {@code k = F + H}, {@code instances = T} (the time steps depend on each other, so they run one
 * after another). This is SCALE-Sim's view: m is its ofmap pixels, n its filters, k its window.
 *
 * @param m rows of the output (and of the left operand)
 * @param n columns of the output (and of the right operand, the weights)
 * @param k the reduction length
 * @param instances how many such products the layer performs
 */
public record GemmView(long m, long n, long k, long instances) {

    /** Validates that every extent is at least 1. */
    public GemmView {
        if (m < 1 || n < 1 || k < 1 || instances < 1) {
            throw new IllegalArgumentException("GEMM extents must be >= 1: m=" + m + " n=" + n + " k=" + k
                    + " instances=" + instances);
        }
    }

    /** Multiply-accumulates: {@code m * n * k * instances}. */
    public long macs() {
        return m * n * k * instances;
    }

    /** {@code 3025x96x363} or {@code 2 x 729x128x1200}. */
    @Override
    public String toString() {
        String g = m + "x" + n + "x" + k;
        return instances == 1 ? g : instances + " x " + g;
    }
}
